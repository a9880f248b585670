/// Year ranges in titles: `2019-2020年度`, `2018—2019年度`, `2018-2019学年`, `2018年至2019年`.
extension ReportYear {
    /// The year a title is about, a range's first year (nil for a single year), and the scalar
    /// range the year or range occupies.
    typealias Span = (year: Int, earlier: Int?, start: Int, end: Int)

    /// The first single year or year range in `s`. A range gives its later year, the year the
    /// report runs up to: a university files its `2018-2019学年` report under 2019, and a
    /// `2019-2020年度` report is the one published after 2020. Reading only the single year
    /// (`first`) misses `2019-` (no 年 follows it) and leaves it glued to the agency before it.
    static func span<S: RandomAccessCollection<Unicode.Scalar>>(in s: S) -> Span? where S.Index == Int {
        var index = 0
        while index + 4 < s.count {
            if let earlier = arabicYear(s, at: index), let range = rangeEnd(s, from: index + 4, after: earlier) {
                return (range.year, earlier, index, range.end)
            }
            if let found = single(s, at: index) { return (found.year, nil, index, found.end) }
            index += 1
        }
        return nil
    }

    private static let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "－", "―", "~", "～", "至", "到"]

    /// Four Arabic digits at `index` making a year, with no digit on either side.
    private static func arabicYear<S: RandomAccessCollection<Unicode.Scalar>>(_ s: S, at index: Int) -> Int?
    where S.Index == Int {
        guard index + 4 <= s.count, index == 0 || ScalarText.digit(s[index - 1]) == nil else { return nil }
        var year = 0
        for scalar in s[index..<index + 4] {
            guard let digit = ScalarText.digit(scalar) else { return nil }
            year = year * 10 + digit
        }
        if index + 4 < s.count, ScalarText.digit(s[index + 4]) != nil { return nil }
        return (1950...2099).contains(year) ? year : nil
    }

    /// After a range's first year (at `from`): an optional 年, one or two dashes (or 至), a later
    /// year, then 年 or 学年 (and perhaps 度). The later year and the offset past the range.
    private static func rangeEnd<S: RandomAccessCollection<Unicode.Scalar>>(_ s: S, from: Int, after earlier: Int) -> (year: Int, end: Int)?
    where S.Index == Int {
        var cursor = from
        if cursor < s.count, s[cursor] == "年" { cursor += 1 }
        let dashStart = cursor
        while cursor < s.count, cursor - dashStart < 2, dashes.contains(s[cursor]) { cursor += 1 }
        guard cursor > dashStart, let later = arabicYear(s, at: cursor), later > earlier else { return nil }
        cursor += 4
        if cursor + 1 < s.count, s[cursor] == "学", s[cursor + 1] == "年" {
            cursor += 2
        } else if cursor < s.count, s[cursor] == "年" {
            cursor += 1
        } else {
            return nil
        }
        if cursor < s.count, s[cursor] == "度" { cursor += 1 }
        return (later, cursor)
    }
}
