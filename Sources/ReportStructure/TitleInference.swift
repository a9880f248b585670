/// Recognizes a report's own title line, infers a title from the text when a page has none, and
/// reads the agency a title names. Only text that says it is a report (…报告, with a year) gives a
/// title, so a novel or a news page never gets one invented.
enum TitleInference {
    /// The longest line taken for a title.
    static let maximumLength = 70

    private static let report = ScalarText.scalars("报告")
    private static let annualReport = ScalarText.scalars("年报")

    /// True when `text` reads as a report title: short, unpunctuated, a year or year range, ending in 报告 or 年报
    /// (a closing bracket such as `（全文）` may follow).
    static func isTitleLine(_ text: Substring) -> Bool {
        guard ScalarText.count(text, upTo: maximumLength + 1) <= maximumLength else { return false }
        var s = Array(text.unicodeScalars)
        if s.last == "）" || s.last == ")", let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }), s.count - open <= 6 {
            s.removeSubrange(open...)
        }
        guard s.count >= 8, s.suffix(2).elementsEqual(report) || s.suffix(2).elementsEqual(annualReport) else { return false }
        guard !s.contains(where: { ScalarText.isProsePunctuation($0) || $0 == "|" }) else { return false }
        return ReportYear.span(in: s) != nil
    }

    private static let leads = ["现就", "现将", "现把", "特将", "编制了", "编制完成了", "形成了"].map(ScalarText.scalars)
    private static let followers = ["如下", "。", "，"].map(ScalarText.scalars)

    /// A title stated in running text: `现就X报告如下`, `编制了X报告。`, where X names a year.
    /// `s` is the opening of a paragraph; one pass finds each 报告 and looks back for a lead word.
    static func inferred(from s: [Unicode.Scalar]) -> String? {
        var from = 0
        while let reportAt = ScalarText.find(report, in: s, from: from) {
            from = reportAt + 1
            let end = reportAt + report.count
            if end < s.count, !followers.contains(where: { ScalarText.matches(s, at: end, $0) }) { continue }
            for lead in leads {
                var at = reportAt - lead.count
                while at >= 0, reportAt - (at + lead.count) <= 60 {
                    if ScalarText.matches(s, at: at, lead) {
                        let title = s[(at + lead.count)..<end]
                        if title.count >= 8, !title.contains(where: ScalarText.isProsePunctuation),
                           ReportYear.span(in: Array(title)) != nil {
                            return ScalarText.string(title)
                        }
                        break
                    }
                    at -= 1
                }
            }
        }
        return nil
    }

    /// A portal `<title>` without a site-name suffix: cut after 报告 when a separator follows.
    static func trimmedHint(_ hint: String) -> String {
        let s = Array(hint.unicodeScalars)
        guard let at = lastIndex(of: report, in: s) else { return hint }
        let end = at + report.count
        guard end < s.count else { return hint }
        let separators: Set<Unicode.Scalar> = ["_", "-", "|", "—", "–", "－", "｜", " "]
        return separators.contains(s[end]) ? ScalarText.string(s[0..<end]) : hint
    }

    private static func lastIndex(of word: [Unicode.Scalar], in s: [Unicode.Scalar]) -> Int? {
        var found: Int?
        var from = 0
        while let at = ScalarText.find(word, in: s, from: from) {
            found = at
            from = at + 1
        }
        return found
    }
}
