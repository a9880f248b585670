import DocumentModel

/// Reads the dates reports and portals write (`2018-02-02`, `2014/1/8`, `2019.12.30`,
/// `2019年12月30日`, `二〇一九年十二月三十日`, with an optional time) and writes them as `YYYY-MM-DD`.
public enum DateNormalizer {
    /// The date at the start of `text`, normalized, ignoring whatever follows it (a time, a label).
    public static func leading(_ text: Substring) -> String? {
        let scalars = ScalarText.prefix(ScalarText.trimmed(text), 40)
        return parse(scalars).map(\.date)
    }

    /// The date when `text` is a date and nothing else (a signature line); a trailing time is allowed.
    public static func whole(_ text: Substring) -> String? {
        let trimmed = ScalarText.trimmed(text)
        guard ScalarText.count(trimmed, upTo: 41) <= 40 else { return nil }
        let scalars = Array(trimmed.unicodeScalars)
        guard let (date, end) = parse(scalars) else { return nil }
        let rest = scalars[end...].filter { !ScalarText.isSpace($0) }
        if rest.isEmpty { return date }
        return rest.allSatisfy { ScalarText.digit($0) != nil || $0 == ":" || $0 == "：" } ? date : nil
    }

    /// Parses a date at the start of `scalars`: the date and the offset just past it.
    static func parse<S: RandomAccessCollection<Unicode.Scalar>>(_ scalars: S) -> (date: String, end: Int)? where S.Index == Int {
        arabic(scalars) ?? chinese(scalars)
    }

    private static func arabic<S: RandomAccessCollection<Unicode.Scalar>>(_ s: S) -> (date: String, end: Int)? where S.Index == Int {
        var i = 0
        func number(maxDigits: Int) -> Int? {
            var value = 0
            let start = i
            while i < s.count, i - start < maxDigits, let digit = ScalarText.digit(s[i]) {
                value = value * 10 + digit
                i += 1
            }
            return i > start ? value : nil
        }
        func skipSpaces() { while i < s.count, s[i] == " " { i += 1 } }
        guard let year = number(maxDigits: 4), i == 4 else { return nil }
        skipSpaces()
        guard i < s.count else { return nil }
        let separator = s[i]
        guard ["-", "/", ".", "年", "－", "／", "．"].contains(separator) else { return nil }
        i += 1
        skipSpaces()
        guard let month = number(maxDigits: 2) else { return nil }
        skipSpaces()
        if separator == "年" {
            guard i < s.count, s[i] == "月" else { return nil }
        } else {
            guard i < s.count, s[i] == separator else { return nil }
        }
        i += 1
        skipSpaces()
        guard let day = number(maxDigits: 2) else { return nil }
        if separator == "年" {
            skipSpaces()
            guard i < s.count, s[i] == "日" || s[i] == "号" else { return nil }
            i += 1
        } else if i < s.count, ScalarText.digit(s[i]) != nil {
            return nil
        }
        return format(year, month, day).map { ($0, i) }
    }

    /// 二〇一二年二月二十日: year digit by digit, month and day as numbers.
    private static func chinese<S: RandomAccessCollection<Unicode.Scalar>>(_ s: S) -> (date: String, end: Int)? where S.Index == Int {
        guard s.count >= 8, let year = ChineseNumber.yearDigits(s[0..<4]), s[4] == "年" else { return nil }
        var i = 5
        func part(_ terminators: Set<Unicode.Scalar>) -> Int? {
            let start = i
            while i < s.count, i - start < 3, ChineseNumber.isNumeral(s[i]) { i += 1 }
            guard i < s.count, terminators.contains(s[i]), let value = ChineseNumber.value(s[start..<i]) else { return nil }
            i += 1
            return value
        }
        guard let month = part(["月"]), let day = part(["日", "号"]) else { return nil }
        return format(year, month, day).map { ($0, i) }
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        // The day must exist in its month: 2019-02-30 is a typo, not a date to record.
        guard (1900...2100).contains(year), CalendarDate.exists(year: year, month: month, day: day) else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
