import Conversion

/// A literal port of the Encoding Standard's gb18030 and Big5 decoder algorithms (a queue with
/// "prepend", one handler call per byte), to check the fast decoders' error handling against.
///
/// Index lookups go through Gazette's decoder on one well-formed code at a time: the indexes
/// themselves are checked exhaustively elsewhere; this checks the state machines.
struct WHATWGSpecDecoder {
    private var queue: [UInt8]
    private var position = 0
    private var output = String.UnicodeScalarView()

    private init(_ bytes: [UInt8]) { queue = bytes }

    private mutating func read() -> UInt8? {
        guard position < queue.count else { return nil }
        position += 1
        return queue[position - 1]
    }

    private mutating func prepend(_ bytes: [UInt8]) {
        queue.replaceSubrange(position..<position, with: bytes)
    }

    private mutating func emit(_ value: UInt32) { output.append(Unicode.Scalar(value)!) }
    private mutating func error() { output.append("\u{FFFD}") }

    /// The one scalar Gazette decodes `bytes` to, or nil (an unmapped code).
    private static func lookup(_ bytes: [UInt8], _ encoding: TextEncoding) -> UInt32? {
        let decoded = encoding.decode(bytes)
        let scalars = decoded.text.unicodeScalars
        return decoded.problems.isEmpty && scalars.count == 1 ? scalars.first!.value : nil
    }

    /// The spec's gb18030 decoder, in "replacement" error mode.
    static func gb18030(_ bytes: [UInt8]) -> String {
        var d = WHATWGSpecDecoder(bytes)
        var first: UInt8 = 0, second: UInt8 = 0, third: UInt8 = 0
        while true {
            guard let byte = d.read() else {
                if first != 0 || second != 0 || third != 0 { d.error() }
                return String(d.output)
            }
            if third != 0 {
                if !(0x30...0x39).contains(byte) {
                    d.prepend([second, third, byte])
                    (first, second, third) = (0, 0, 0)
                    d.error()
                    continue
                }
                let code = lookup([first, second, third, byte], .gb18030)
                (first, second, third) = (0, 0, 0)
                if let code { d.emit(code) } else { d.error() }
            } else if second != 0 {
                if (0x81...0xFE).contains(byte) { third = byte; continue }
                d.prepend([second, byte])
                (first, second) = (0, 0)
                d.error()
            } else if first != 0 {
                if (0x30...0x39).contains(byte) { second = byte; continue }
                let lead = first
                first = 0
                let valid = (0x40...0x7E).contains(byte) || (0x80...0xFE).contains(byte)
                if valid, let code = lookup([lead, byte], .gb18030) { d.emit(code); continue }
                if byte < 0x80 { d.prepend([byte]) }
                d.error()
            } else if byte < 0x80 {
                d.emit(UInt32(byte))
            } else if byte == 0x80 {
                d.emit(0x20AC)
            } else if byte <= 0xFE {
                first = byte
            } else {
                d.error()
            }
        }
    }

    /// The spec's Big5 decoder, in "replacement" error mode.
    static func big5(_ bytes: [UInt8]) -> String {
        var d = WHATWGSpecDecoder(bytes)
        var lead: UInt8 = 0
        while true {
            guard let byte = d.read() else {
                if lead != 0 { d.error() }
                return String(d.output)
            }
            if lead != 0 {
                let current = lead
                lead = 0
                let valid = (0x40...0x7E).contains(byte) || (0xA1...0xFE).contains(byte)
                if valid {
                    let decoded = TextEncoding.big5.decode([current, byte])
                    if decoded.problems.isEmpty {
                        d.output.append(contentsOf: decoded.text.unicodeScalars)
                        continue
                    }
                }
                if byte < 0x80 { d.prepend([byte]) }
                d.error()
            } else if byte < 0x80 {
                d.emit(UInt32(byte))
            } else if (0x81...0xFE).contains(byte) {
                lead = byte
            } else {
                d.error()
            }
        }
    }
}
