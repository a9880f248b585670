import Conversion

/// GB18030 bytes of a string, through the project's own encoder-free route: every character here
/// is in GB2312, whose two-byte codes the decoder round-trips.
enum TextEncodingFixture {
    static func gb18030(_ text: String) -> [UInt8] {
        var table: [Unicode.Scalar: [UInt8]] = [:]
        for lead in UInt8(0xB0)...0xF7 {
            for trail in UInt8(0xA1)...0xFE {
                let decoded = TextEncoding.gb18030.decode([lead, trail]).text.unicodeScalars
                if decoded.count == 1, let scalar = decoded.first, scalar != "\u{FFFD}" { table[scalar] = [lead, trail] }
            }
        }
        for lead in UInt8(0xA1)...0xA9 {
            for trail in UInt8(0xA1)...0xFE {
                let decoded = TextEncoding.gb18030.decode([lead, trail]).text.unicodeScalars
                if decoded.count == 1, let scalar = decoded.first, table[scalar] == nil { table[scalar] = [lead, trail] }
            }
        }
        return text.unicodeScalars.flatMap { $0.isASCII ? [UInt8($0.value)] : (table[$0] ?? [0x3F]) }
    }
}
