/// A section number at some position of a line: `一、` (level 1), `（一）` `(一)` `㈠` (level 2),
/// `1.` `1、` `１．` (level 3), `（1）` `(1)` `⑴` `①` (level 4).
struct HeadingMarker: Equatable {
    /// 1 to 4, from the numbering style alone.
    var level: Int
    /// The number the marker counts (一 = 1, ㈢ = 3, 12 = 12).
    var number: Int
    /// Scalar offset just past the marker (its closing `、`, `.`, `）` …).
    var end: Int

    /// Words that follow `(一)` when it cites a clause (第二十条第(一)项) instead of numbering a section.
    private static let citationFollowers: Set<Unicode.Scalar> = ["项", "款", "条", "目", "号", "章", "节", "类", "、", "至", "和", "或"]

    /// Parses a marker starting exactly at `index` of `scalars`.
    /// Generic so rules can pass a stack buffer (`ScalarText.withPrefix`) as well as an array.
    static func parse<S: RandomAccessCollection<Unicode.Scalar>>(_ scalars: S, at index: Int) -> HeadingMarker?
    where S.Index == Int {
        guard index < scalars.count else { return nil }
        let first = scalars[index]
        let value = first.value
        for family in enclosedFamilies where family.range.contains(value) {
            // ①②③号文件, ①、②项: a run of such numbers is a reference, not a marker.
            if continuesEnclosed(scalars, at: index + 1, family.range) { return nil }
            return HeadingMarker(level: family.level, number: Int(value - family.range.lowerBound) + 1, end: index + 1)
        }
        if ChineseNumber.isNumeral(first) { return chineseListMarker(scalars, at: index) }
        if ScalarText.digit(first) != nil { return digitListMarker(scalars, at: index) }
        if first == "(" || first == "（" { return parenthesized(scalars, at: index) }
        return nil
    }

    /// Numbers written as one enclosed character: ㈠…㈩ (level 2), ⑴…⒇ and ①…⑳ (level 4).
    private static let enclosedFamilies: [(range: ClosedRange<UInt32>, level: Int)] = [
        (0x3220...0x3229, 2), (0x2474...0x2487, 4), (0x2460...0x2473, 4),
    ]

    /// Whether another number of the same enclosed family follows at `index`, directly or after a
    /// list mark (、，,和及至).
    private static func continuesEnclosed<S: RandomAccessCollection<Unicode.Scalar>>(
        _ scalars: S, at index: Int, _ family: ClosedRange<UInt32>
    ) -> Bool where S.Index == Int {
        guard index < scalars.count else { return false }
        if family.contains(scalars[index].value) { return true }
        guard "、，,和及至".unicodeScalars.contains(scalars[index]), index + 1 < scalars.count else { return false }
        return family.contains(scalars[index + 1].value)
    }

    /// `一、` `十二、` `三．`: level 1, unless the numbers continue as a list or range (一、二季度).
    private static func chineseListMarker<S: RandomAccessCollection<Unicode.Scalar>>(_ scalars: S, at index: Int) -> HeadingMarker?
    where S.Index == Int {
        var cursor = index
        while cursor < scalars.count, cursor - index < 3, ChineseNumber.isNumeral(scalars[cursor]) { cursor += 1 }
        guard cursor < scalars.count, scalars[cursor] == "、" || scalars[cursor] == "．",
              let number = ChineseNumber.value(scalars[index..<cursor]) else { return nil }
        let end = cursor + 1
        if continuesList(scalars, at: end, after: number) { return nil }
        return HeadingMarker(level: 1, number: number, end: end)
    }

    /// Scalars after a second number that carry a list or range on (一、二、三, 一、二至三月).
    private static let listContinuations: Set<Unicode.Scalar> = ["、", "，", ",", "至", "到", "-", "—", "~", "～", "和", "及", "或"]

    /// True when the numeral at `index`, just after `number、`, is the next item of a list or the end
    /// of a range (一、二季度, 一、三月, 一、二、三) rather than the first word of a heading that
    /// happens to be a numeral (一、一年来主要工作, 三、一次性告知制度, 四、一错再错). A list counts up,
    /// so a smaller or equal numeral starts a word; a larger one followed by a written year
    /// (一、二〇一九年工作) starts a word too.
    private static func continuesList<S: RandomAccessCollection<Unicode.Scalar>>(_ scalars: S, at index: Int, after number: Int) -> Bool
    where S.Index == Int {
        guard index < scalars.count else { return false }
        // 十、百、千: the unit words listed as numbers.
        if "百千万".unicodeScalars.contains(scalars[index]), index + 1 < scalars.count, listContinuations.contains(scalars[index + 1]) { return true }
        guard ChineseNumber.isNumeral(scalars[index]) else { return false }
        var cursor = index
        while cursor < scalars.count, cursor - index < 3, ChineseNumber.isNumeral(scalars[cursor]) { cursor += 1 }
        if cursor < scalars.count, listContinuations.contains(scalars[cursor]) { return true }
        if index + 4 < scalars.count, scalars[index + 4] == "年", ChineseNumber.yearDigits(scalars[index..<index + 4]) != nil {
            return false
        }
        guard let next = ChineseNumber.value(scalars[index..<cursor]) else { return true }
        return next > number
    }

    /// `1.` `1、` `１．`: level 3; not a decimal (1.5), not a date (2019.12), at most two digits.
    private static func digitListMarker<S: RandomAccessCollection<Unicode.Scalar>>(_ scalars: S, at index: Int) -> HeadingMarker?
    where S.Index == Int {
        var cursor = index
        var number = 0
        while cursor < scalars.count, let digit = ScalarText.digit(scalars[cursor]) {
            number = number * 10 + digit
            cursor += 1
            if cursor - index > 2 { return nil }
        }
        guard cursor < scalars.count else { return nil }
        let separator = scalars[cursor]
        guard separator == "." || separator == "．" || separator == "、" else { return nil }
        let end = cursor + 1
        guard end < scalars.count, ScalarText.digit(scalars[end]) == nil, scalars[end] != ".",
              number > 0 else { return nil }
        return HeadingMarker(level: 3, number: number, end: end)
    }

    /// `（一）` `(一)` level 2, `（1）` `(1)` level 4; not a clause citation (第(一)项).
    private static func parenthesized<S: RandomAccessCollection<Unicode.Scalar>>(_ scalars: S, at index: Int) -> HeadingMarker?
    where S.Index == Int {
        var cursor = index + 1
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        let start = cursor
        var chinese = false
        var number = 0
        while cursor < scalars.count, cursor - start < 3 {
            let scalar = scalars[cursor]
            if let digit = ScalarText.digit(scalar), !chinese {
                number = number * 10 + digit
            } else if ChineseNumber.isNumeral(scalar), number == 0 || chinese {
                chinese = true
            } else {
                break
            }
            cursor += 1
        }
        guard cursor > start else { return nil }
        if chinese { number = ChineseNumber.value(scalars[start..<cursor]) ?? 0 }
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        guard number > 0, cursor < scalars.count, scalars[cursor] == ")" || scalars[cursor] == "）" else { return nil }
        let end = cursor + 1
        if end < scalars.count, citationFollowers.contains(scalars[end]) { return nil }
        return HeadingMarker(level: chinese ? 2 : 4, number: number, end: end)
    }

    /// The marker `text` starts with, read from its first ten scalars (what every rule reads).
    /// One visit of the UTF-8 for the first-scalar filter and the decoding: the splitter asks of
    /// every line.
    static func leading(_ text: Substring) -> HeadingMarker? {
        ScalarText.withUTF8(text) { bytes in
            guard !bytes.isEmpty, canStart(UTF8Cursor(bytes: bytes).scalar(at: 0).0) else { return nil }
            return ScalarText.withPrefix(bytes: bytes, 10) { parse($0, at: 0) }
        }
    }

    /// True when `scalar` can start a marker (a cheap filter before `parse`).
    @inline(__always)
    static func canStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return scalar == "(" || (value >= 0x30 && value <= 0x39) }
        if (value >= 0x2460 && value <= 0x2487) || (value >= 0x3220 && value <= 0x3229) { return true }
        if value >= 0xFF10, value <= 0xFF19 { return true }
        return scalar == "（" || ChineseNumber.isNumeral(scalar)
    }
}
