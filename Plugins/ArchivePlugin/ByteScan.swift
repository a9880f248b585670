/// A cursor over JSON bytes that skips whole values without building them, for ``IndexScanner``.
///
/// It checks only what it needs to find value boundaries (strings, nesting, separators); the values
/// it hands on are decoded, and so validated, by ``IndexElementDecoder`` or `JSONDecoder`.
struct ByteScan {
    let bytes: IndexBytes
    var position: Int
    let end: Int

    init(bytes: IndexBytes, position: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = end ?? bytes.count
    }

    private func fail(_ reason: String) -> IndexScanner.Malformed { .init(offset: position, reason: reason) }

    /// The byte at the cursor.
    func peek() throws(IndexScanner.Malformed) -> UInt8 {
        guard position < end else { throw fail("the index ends early") }
        return try bytes.byte(at: position)
    }

    mutating func expect(_ byte: UInt8) throws(IndexScanner.Malformed) {
        guard try peek() == byte else { throw fail("expected '\(Character(Unicode.Scalar(byte)))'") }
        position += 1
    }

    mutating func skipSpace(allowEnd: Bool = false) throws(IndexScanner.Malformed) {
        while position < end, try [0x20, 0x0A, 0x0D, 0x09].contains(bytes.byte(at: position)) { position += 1 }
        if !allowEnd, position >= end { throw fail("the index ends early") }
    }

    /// Skips a string, its quotes included.
    mutating func skipString() throws(IndexScanner.Malformed) {
        try expect(UInt8(ascii: "\""))
        while position < end {
            switch try bytes.byte(at: position) {
            case UInt8(ascii: "\""): position += 1; return
            case UInt8(ascii: "\\"): position += 2
            case 0..<0x20: throw fail("control character in a string")
            default: position += 1
            }
        }
        throw fail("unterminated string")
    }

    /// Skips one value: a string, a number or literal, or a whole object or array.
    mutating func skipValue() throws(IndexScanner.Malformed) {
        let first = try peek()
        switch first {
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let start = position
            var depth = 0
            while position < end {
                switch try bytes.byte(at: position) {
                case UInt8(ascii: "\""): try skipString(); continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { position += 1; return }
                default: break
                }
                position += 1
            }
            throw IndexScanner.Malformed(offset: start, reason: "unclosed '\(Character(Unicode.Scalar(first)))'")
        default:
            let start = position
            while position < end, try !",}] \n\r\t".utf8.contains(bytes.byte(at: position)) { position += 1 }
            guard position > start else { throw fail("expected a value") }
        }
    }
}
