import Conversion

/// Whether a text input starts like markup (its first non-blank character is `<`), so the text
/// readers stay in the race at low confidence and a markup reader takes it.
enum MarkupHint {
    static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
        // In UTF-16 (its BOM says so) every other byte is NUL: read the first characters decoded.
        if let bom = ByteOrderMark.detect(bytes[...]), bom.encoding == .utf16LE || bom.encoding == .utf16BE {
            let text = bom.encoding.decode(bytes.prefix(512)).text
            return text.unicodeScalars.drop(while: { $0 == "\u{FEFF}" || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).first == "<"
        }
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
        return index < bytes.count && bytes[index] == UInt8(ascii: "<")
    }
}
