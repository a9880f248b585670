/// Scalar-level tests shared by every rule. The structure pass works on unicode scalars, never on
/// `Character`s, so it stays linear and fast on long scraped lines.
enum ScalarText {
    /// A CJK unified ideograph of the basic block or extension A: what Chinese report text is made of.
    @inline(__always)
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
    }

    /// Whitespace as the nothing-lost check counts it: Unicode `White_Space`, plus the zero-width
    /// space and BOM that editors leave in scraped text. Trimming uses the same set, so trimming never
    /// loses a counted character.
    /// The `White_Space` scalars are listed rather than looked up: the property lookup dominated
    /// the profile of the whole pass.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if value < 0x2000 { return value == 0x85 || value == 0xA0 || value == 0x1680 }
        if value <= 0x200B { return true }  // U+2000…U+200A spaces, U+200B zero-width space
        switch value {
        case 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Ends a sentence: 。！？ and their ASCII forms, and the full-width semicolon.
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "；": true
        default: false
        }
    }

    /// Punctuation that running prose has and short table cells, titles and labels do not.
    static func isProsePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "，", ",", "；", ";", "！", "？", "!", "?", "：", ":", "、": true
        default: false
        }
    }

    /// ASCII or full-width decimal digit value.
    @inline(__always)
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value >= 0x30, value <= 0x39 { return Int(value - 0x30) }
        if value >= 0xFF10, value <= 0xFF19 { return Int(value - 0xFF10) }
        return nil
    }

    /// Value of a Chinese numeral digit (〇○零 are 0; 十 is handled by `ChineseNumber`).
    @inline(__always)
    static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "○", "零", "Ｏ": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// Whether `scalars` starting at `index` spell `word`.
    @inline(__always)
    static func matches<S: RandomAccessCollection<Unicode.Scalar>>(_ scalars: S, at index: Int, _ word: [Unicode.Scalar]) -> Bool
    where S.Index == Int {
        guard index + word.count <= scalars.count else { return false }
        for offset in 0..<word.count where scalars[index + offset] != word[offset] { return false }
        return true
    }

    /// The first index at or after `from` where `word` occurs in `scalars`.
    static func find<S: RandomAccessCollection<Unicode.Scalar>>(_ word: [Unicode.Scalar], in scalars: S, from: Int = 0) -> Int?
    where S.Index == Int {
        guard !word.isEmpty, scalars.count >= word.count else { return nil }
        var index = from
        while index + word.count <= scalars.count {
            if scalars[index] == word[0], matches(scalars, at: index, word) { return index }
            index += 1
        }
        return nil
    }

    /// A string's scalars, for word tables.
    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// A string from scalars.
    /// Encodes into the string's UTF-8 storage directly: appending scalar by scalar to a
    /// `String.UnicodeScalarView` was a visible cost of metadata lines.
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[count] = unit
                    count += 1
                }
            }
            return count
        }
    }
}
