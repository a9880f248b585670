/// Whether a line reads as a sentence of report text: at least `minimumCJK` CJK ideographs and a
/// Chinese comma, full stop or semicolon.
///
/// Why: the chrome rules match a line by its opening word or label (`点击数：`, `字体：`,
/// `当前位置：`), which on a portal opens a widget or a breadcrumb, but a report may open a sentence
/// with the same word (`点击数：全年门户网站累计点击数达到一百二十万次，较上年增长…`). Widgets and
/// breadcrumbs have no sentence punctuation; such a line stays in the body.
enum ProseTest {
    /// The fewest ideographs of a sentence.
    static let minimumCJK = 20

    static func isProse(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var ideographs = 0
        var punctuated = false
        for scalar in scalars {
            if ScalarText.isIdeograph(scalar) {
                ideographs += 1
            } else if scalar == "，" || scalar == "。" || scalar == "；" {
                punctuated = true
            }
        }
        return punctuated && ideographs >= minimumCJK
    }

    /// Whether a metadata value runs on as prose: a sentence ends inside it and text follows
    /// (`2021年1月1日至2021年12月31日。如对本报告有疑问，请联系。`), or it closes a bracket it
    /// never opened (`www.linjiang.gov.cn）查阅或下载。`). Such a `时间：` or `网址：` line is a wrapped
    /// line of the report's preamble that happens to start with a label word, not the page's metadata.
    static func runsOn(_ value: String) -> Bool {
        var open = 0
        var ended = false
        for scalar in value.unicodeScalars {
            if ended, !ScalarText.isSpace(scalar) { return true }
            switch scalar {
            case "（", "(": open += 1
            case "）", ")":
                if open == 0 { return true }
                open -= 1
            // Not `；`: it separates keywords (主 题 词：政务公开；年报).
            case "。", "！", "？": ended = true
            default: break
            }
        }
        return false
    }
}
