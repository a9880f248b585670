import DocumentModel

/// Notices a statistics table a crawler glued into running text without any separator
/// ("…信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件898989…"): its cells
/// cannot be told apart, so the text stays a paragraph, and a diagnostic says a table is hidden there.
enum GluedTableDetector {
    /// Header words that appear together only in the standard statistics tables.
    private static let signatures: [[[Unicode.Scalar]]] = [
        ["信息内容", "本年"],            // 2019 standard table, 第二十条 sections
        ["申请人情况", "自然人"],         // 2019 standard table, applications received
        ["行政复议", "结果维持", "尚未审结"],  // 2019 standard table, reviews and lawsuits
        ["指标名称", "计量单位"],          // pre-2019 statistics table
    ].map { $0.map(ScalarText.scalars) }

    /// Only paragraphs at least this long are looked at: a glued table is long.
    static let minimumLength = 60

    /// A diagnostic when `paragraph` holds a glued table, else nil.
    static func diagnostic(for paragraph: String, line: Int) -> Diagnostic? {
        let text = Substring(paragraph)
        guard ScalarText.count(text, upTo: minimumLength) >= minimumLength,
              ScalarText.containsAny(text, headerStarts) else { return nil }
        let s = Array(paragraph.unicodeScalars)
        guard signatures.contains(where: { words in words.allSatisfy { ScalarText.find($0, in: s) != nil } }),
              longestDigitRun(s) >= 5 else { return nil }
        return Diagnostic(.info,
            "line \(line) holds a statistics table glued into running text without separators; "
            + "its cells cannot be told apart, kept as a paragraph")
    }

    private static let headerStarts = ByteNeedles(["信息内容", "申请人情况", "结果维持", "指标名称"])

    private static func longestDigitRun(_ s: [Unicode.Scalar]) -> Int {
        var longest = 0
        var current = 0
        for scalar in s {
            if ScalarText.digit(scalar) != nil {
                current += 1
                longest = max(longest, current)
            } else {
                current = 0
            }
        }
        return longest
    }
}
