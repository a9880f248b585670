/// Finds the first byte at which input stops being JSON (RFC 8259), for the errors Foundation's
/// `JSONDecoder` reports without a location ("The given data was not valid JSON.").
///
/// It follows `JSONDecoder` on UTF-8 input: a leading UTF-8 byte-order mark is skipped; unpaired
/// surrogate escapes, numbers a `Double` cannot hold and nesting deeper than ``maximumDepth`` are
/// errors. It is stricter in one way, as RFC 8259 is: a trailing comma (`[1,]`), which
/// `JSONDecoder` tolerates, is an error. One pass, no recursion, at most ``maximumDepth`` open
/// containers remembered; it runs only after decoding failed.
public struct JSONSyntaxCheck {
    /// Where (byte offset) and why the input is not JSON.
    public struct Failure: Error, Sendable, Equatable {
        /// Offset of the first offending byte; the input's length when it ends too early.
        public var offset: Int
        /// What is wrong there, in a few words.
        public var reason: String

        /// Creates a failure.
        public init(offset: Int, reason: String) {
            self.offset = offset
            self.reason = reason
        }
    }

    /// The deepest nesting of objects and arrays `JSONDecoder` reads.
    public static let maximumDepth = 512

    /// The first syntax error in `bytes`, or nil when they are JSON. UTF-16 and UTF-32 input
    /// (which `JSONDecoder` transcodes first) is not checked: nil.
    public static func firstError(in bytes: [UInt8]) -> Failure? {
        if isWideEncoding(bytes) { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Failure? in
            var check = JSONSyntaxCheck(bytes: buffer)
            do throws(Failure) { try check.document() } catch { return error }
            return nil
        }
    }

    /// True for input `JSONDecoder` reads as UTF-16 or UTF-32: a BOM of theirs, or a NUL among
    /// the first bytes (JSON text starts with ASCII, so UTF-16/32 puts a zero byte beside it).
    static func isWideEncoding(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return true }
        return bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0)
    }

    private enum Expecting { case value, valueOrClose, keyOrClose, key, colon, commaOrClose, end }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    /// Walks one whole document and what follows it.
    private mutating func document() throws(Failure) {
        // JSONDecoder skips a UTF-8 byte-order mark (RFC 8259 section 8.1 allows that).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        var expecting = Expecting.value
        // The open containers, innermost last: true for an object.
        var objects: [Bool] = []
        objects.reserveCapacity(Self.maximumDepth)
        while true {
            skipSpace()
            guard position < bytes.count else {
                if expecting == .end { return }
                throw Failure(offset: position, reason: "unexpected end of input")
            }
            let byte = bytes[position]
            switch expecting {
            case .end:
                throw unexpected("after the document")
            case .colon:
                guard byte == UInt8(ascii: ":") else { throw unexpected("(expected ':')") }
                position += 1
                expecting = .value
            case .commaOrClose:
                let inObject = objects[objects.count - 1]
                if byte == UInt8(ascii: ",") {
                    position += 1
                    expecting = inObject ? .key : .value
                } else if byte == UInt8(ascii: inObject ? "}" : "]") {
                    position += 1
                    objects.removeLast()
                    expecting = objects.isEmpty ? .end : .commaOrClose
                } else {
                    throw unexpected(inObject ? "(expected ',' or '}')" : "(expected ',' or ']')")
                }
            case .key, .keyOrClose:
                if byte == UInt8(ascii: "}"), expecting == .keyOrClose {
                    position += 1
                    objects.removeLast()
                    expecting = objects.isEmpty ? .end : .commaOrClose
                } else if byte == UInt8(ascii: "\"") {
                    try string()
                    expecting = .colon
                } else {
                    throw unexpected(expecting == .key ? "(expected a string key)" : "(expected a string key or '}')")
                }
            case .value, .valueOrClose:
                if byte == UInt8(ascii: "]"), expecting == .valueOrClose {
                    position += 1
                    objects.removeLast()
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    guard objects.count < Self.maximumDepth else {
                        throw Failure(offset: position, reason: "nested deeper than \(Self.maximumDepth) levels")
                    }
                    objects.append(byte == UInt8(ascii: "{"))
                    position += 1
                    expecting = byte == UInt8(ascii: "{") ? .keyOrClose : .valueOrClose
                    continue
                } else {
                    try scalar(byte)
                }
                expecting = objects.isEmpty ? .end : .commaOrClose
            }
        }
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// A string, number or literal starting with `byte`.
    private mutating func scalar(_ byte: UInt8) throws(Failure) {
        switch byte {
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw unexpected("(expected a value)")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let start = position
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard position < bytes.count else { throw Failure(offset: position, reason: "unexpected end of input") }
            guard bytes[position] == expected else { throw Failure(offset: start, reason: "invalid literal (expected \(word))") }
            position += 1
        }
    }

    /// "unexpected 'x' `context`", naming the byte at the cursor.
    func unexpected(_ context: String) -> Failure {
        Failure(offset: position, reason: "unexpected \(Self.describe(bytes[position])) \(context)")
    }

    /// A byte as a message shows it: `','` when printable ASCII, else `byte 0xB1`.
    static func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(hex(byte))"
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
