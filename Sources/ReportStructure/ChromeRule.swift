/// Portal chrome: lines a page wraps around every article (login bars, breadcrumbs, print and close
/// links, font-size widgets, hit counters, share bars). They are kept in `setAside`, never in the body.
enum ChromeRule {
    /// Why `text` is chrome, or nil when it is not.
    static func reason(_ text: Substring) -> String? {
        let length = ScalarText.count(text, upTo: 201)
        guard length <= 200 else { return nil }
        if length > 80, !ScalarText.containsAny(text, breadcrumbMarks), !startsWithLocationWord(text) { return nil }
        return ScalarText.withPrefix(text, length) { scalars in
            if isSeparator(scalars) { return "separator" }
            if isBreadcrumb(scalars) { return "breadcrumb" }
            guard length <= 80 else { return nil }
            return ChromeVocabulary.coverReason(scalars)
        }
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
    private static let breadcrumbMarks = ByteNeedles([">", "»", "→", "＞"])

    private static func startsWithLocationWord(_ text: Substring) -> Bool {
        ScalarText.withPrefix(text, 8) { head in locationWords.contains { ScalarText.matches(head, at: 0, $0) } }
    }

    private static let locationWords = ["当前位置", "您现在的位置", "您的位置", "当前的位置", "所在位置", "现在位置", "你的位置", "你现在的位置"]
        .map(ScalarText.scalars)
    private static let separators = ["-->", "->", ">>", "＞＞", "»", "＞", ">", "→"].map(ScalarText.scalars)

    /// `当前位置:首页-->…`, `您现在的位置:…`, or `A >> B >> C` with short, unpunctuated parts.
    static func isBreadcrumb(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var start = 0
        while start < s.count, ScalarText.isSpace(s[start]) { start += 1 }
        for word in locationWords where ScalarText.matches(s, at: start, word) { return true }
        // Every separator holds one of these marks: without one, no part boundary can match, and
        // the per-scalar separator matching below is skipped.
        guard s[start...].contains(where: { $0 == ">" || $0 == "»" || $0 == "→" || $0 == "＞" }) else { return false }
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
