/// Finds the year a report is about: the first `2017年` (or `二〇一七年`) in its title, or the
/// statistics period a report states (`自2011年1月1日起至2011年12月31日`).
enum ReportYear {
    /// The first year written before `年` in `text`: four Arabic digits (1950–2099) or four Chinese digits.
    static func first(in text: String) -> Int? {
        let s = Array(text.unicodeScalars)
        return first(in: s).map(\.year)
    }

    /// The first year in `s` and the scalar range it occupies, including its `年` (and a following `度`).
    static func first<S: RandomAccessCollection<Unicode.Scalar>>(in s: S) -> (year: Int, start: Int, end: Int)?
    where S.Index == Int {
        var index = 0
        while index + 4 < s.count {
            if let found = single(s, at: index) { return (found.year, index, found.end) }
            index += 1
        }
        return nil
    }

    /// The year written at `index` and followed by `年` (and perhaps `度`): its value and the offset past it.
    /// Up to two spaces may stand before `年`: Word and WPS set a gap between Latin digits and CJK
    /// text, and PDF text extraction writes it as a space (`2021 年`).
    static func single<S: RandomAccessCollection<Unicode.Scalar>>(_ s: S, at index: Int) -> (year: Int, end: Int)?
    where S.Index == Int {
        guard index + 4 < s.count, index == 0 || ScalarText.digit(s[index - 1]) == nil else { return nil }
        var yearMark = index + 4
        while yearMark < s.count, yearMark - index < 6, ScalarText.isSpace(s[yearMark]) { yearMark += 1 }
        guard yearMark < s.count, s[yearMark] == "年" else { return nil }
        let window = s[index..<index + 4]
        var year: Int?
        if window.allSatisfy({ ScalarText.digit($0) != nil }) {
            year = window.reduce(0) { $0 * 10 + ScalarText.digit($1)! }
        } else {
            year = ChineseNumber.yearDigits(window)
        }
        guard let year, (1950...2099).contains(year) else { return nil }
        var end = yearMark + 1
        if end < s.count, s[end] == "度" { end += 1 }
        return (year, end)
    }

    private static let periodStart = ScalarText.scalars("年1月1日")
    private static let periodEnd = ScalarText.scalars("年12月31日")

    /// The year of a stated statistics period: `YYYY年1月1日` and `YYYY年12月31日` with the same year
    /// (spaces between, as PDF text has them, `2021 年 1 月 1 日`, not counted).
    static func statisticsPeriod(in s: [Unicode.Scalar]) -> Int? {
        guard s.contains(where: ScalarText.isSpace) else { return statisticsPeriod(unspaced: s) }
        return statisticsPeriod(unspaced: s.filter { !ScalarText.isSpace($0) })
    }

    private static func statisticsPeriod(unspaced s: [Unicode.Scalar]) -> Int? {
        guard let startAt = ScalarText.find(periodStart, in: s), startAt >= 4,
              let year = yearBefore(s, startAt),
              let endAt = ScalarText.find(periodEnd, in: s, from: startAt) else { return nil }
        if endAt >= 4, let closing = yearBefore(s, endAt), closing != year { return nil }
        return year
    }

    private static func yearBefore(_ s: [Unicode.Scalar], _ index: Int) -> Int? {
        guard index >= 4 else { return nil }
        var year = 0
        for scalar in s[(index - 4)..<index] {
            guard let digit = ScalarText.digit(scalar) else { return nil }
            year = year * 10 + digit
        }
        return (1950...2099).contains(year) ? year : nil
    }
}
