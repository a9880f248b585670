/// A cheap look at whether text starts like HTML or XML markup.
enum MarkupHint {
    static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
        return index < bytes.count && bytes[index] == UInt8(ascii: "<")
    }
}
