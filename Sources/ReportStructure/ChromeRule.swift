/// Portal chrome: lines a page wraps around every article (login bars, breadcrumbs, print and close
/// links, font-size widgets, hit counters, share bars). They are kept in `setAside`, never in the body.
enum ChromeRule {
    /// The longest line that can be chrome.
    static let maximumLength = 200

    /// Why `text` is chrome, or nil when it is not.
    static func reason(_ text: Substring) -> String? {
        let length = ScalarText.count(text, upTo: maximumLength + 1)
        guard length <= maximumLength else { return nil }
        return ScalarText.withPrefix(text, length) { reason(scalars: $0) }
    }

    /// `reason` for a line already decoded: all its scalars, at most `maximumLength`.
    static func reason(scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String? {
        // Every breadcrumb mark is one whole scalar, so looking among scalars finds what a byte
        // search would.
        if scalars.count > 80, !scalars.contains(where: isBreadcrumbMark), !startsWithLocationWord(scalars) { return nil }
        // A Markdown table's rule (`---|---`) is the table's: the row-line rebuilder sets it aside.
        if isSeparator(scalars), !isTableRule(scalars) { return "separator" }
        if isBreadcrumb(scalars) { return "breadcrumb" }
        guard scalars.count <= 80 else { return nil }
        return ChromeVocabulary.coverReason(scalars)
    }

    /// True when `s` is rules between `|` (`---|:---:|---`), which only a table draws.
    static func isTableRule(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard s.contains("|") else { return false }
        var text = ""
        text.unicodeScalars.append(contentsOf: s)
        return RowCells.isRule(RowCells(Substring(text), separator: .pipe).cells)
    }

    /// A rule drawn with `=`, `-`, `*`, `_`, `─` or `—`, with at most a short word (`==== 正文 ====`).
    static func isSeparator(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        func isRule(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "=", "-", "*", "_", "─", "—", "━": true
            default: false
            }
        }
        var rule = 0
        var words = 0
        for scalar in s where !ScalarText.isSpace(scalar) {
            if isRule(scalar) { rule += 1 } else { words += 1 }
            if words > 6 { return false }
        }
        return rule >= 5
    }

    /// Long lines are chrome only as breadcrumbs: a separator or a location word must be there.
    private static func isBreadcrumbMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == ">" || scalar == "»" || scalar == "→" || scalar == "＞"
    }

    private static func startsWithLocationWord(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        locationWords.contains { ScalarText.matches(s, at: 0, $0) }
    }

    private static let locationWords = ["当前位置", "您现在的位置", "您的位置", "当前的位置", "所在位置", "现在位置", "你的位置", "你现在的位置"]
        .map(ScalarText.scalars)
    /// The first scalar of every location word (`RuleGate`).
    static let locationWordStarts = ScalarBitmap(locationWords.map { $0[0] })
    private static let separators = ["-->", "->", ">>", "＞＞", "»", "＞", ">", "→"].map(ScalarText.scalars)

    /// `当前位置:首页-->…`, `您现在的位置:…`, or `A >> B >> C` with short, unpunctuated parts.
    static func isBreadcrumb(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var start = 0
        while start < s.count, ScalarText.isSpace(s[start]) { start += 1 }
        for word in locationWords where ScalarText.matches(s, at: start, word) { return true }
        // Every separator holds one of these marks: without one, no part boundary can match, and
        // the per-scalar separator matching below is skipped.
        guard s[start...].contains(where: isBreadcrumbMark) else { return false }
        var parts = 1
        var partLength = 0
        var index = start
        while index < s.count {
            if let separator = separators.first(where: { ScalarText.matches(s, at: index, $0) }) {
                guard partLength > 0 else { return false }
                parts += 1
                partLength = 0
                index += separator.count
                continue
            }
            let scalar = s[index]
            if ScalarText.isProsePunctuation(scalar) { return false }
            if !ScalarText.isSpace(scalar) {
                partLength += 1
                if partLength > 30 { return false }
            }
            index += 1
        }
        return parts >= 3 && partLength > 0
    }
}
