import Conversion

/// Whether a text input starts like markup (its first non-blank character is `<`), so the text
/// readers stay in the race at low confidence and a markup reader takes it.
enum MarkupHint {
    static func looksLikeMarkup(_ raw: [UInt8]) -> Bool {
        // In UTF-16 (its BOM says so) every other byte is NUL: the first characters are read decoded.
        let bytes = ByteOrderMark.asciiView(raw[...], limit: raw.count)
        var index = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
        return index < bytes.endIndex && bytes[index] == UInt8(ascii: "<")
    }
}
