/// Counting Chinese text: density is measured in CJK characters, not words.
enum CJK {
    /// True for CJK ideographs (all planes) and CJK / full-width punctuation.
    @inline(__always)
    static func isCJK(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0x3000 && value <= 0x303F && value != 0x3000) || (value >= 0xFF01 && value <= 0xFF5E)
            || (value >= 0xF900 && value <= 0xFAFF) || (value >= 0x20000 && value <= 0x3FFFF)
    }

    /// Counts of a string: CJK characters and all non-whitespace characters.
    static func counts(_ text: String) -> (cjk: Int, visible: Int) {
        var cjk = 0, visible = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value <= 0x20 || value == 0xA0 || value == 0x3000 || value == 0x200B || value == 0xFEFF { continue }
            visible += 1
            if value >= 0x3000, isCJK(value) { cjk += 1 }
        }
        return (cjk, visible)
    }

    /// True when the scalar is wide East Asian text, around which a source line break is not a space.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0x2E80 && (isCJK(value) || (value >= 0x2E80 && value <= 0x2FDF) || (value >= 0xFF00 && value <= 0xFFEF))
    }
}
