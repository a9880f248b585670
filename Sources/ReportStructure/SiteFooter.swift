/// A portal's site footer (版权所有, 主办单位：, 技术支持：, ICP备…, 网站标识码, 建议使用…分辨率浏览,
/// 您是本站第…位访问者): lines the page repeats under every article. They are set aside like other
/// chrome. A footer line is short and not a sentence: report text that names
/// 主办 or 技术支持 in prose has its sentence end, and a numbered line (（三）技术支持) is a heading.
enum SiteFooter {
    /// How many pieces at the end of a report are read for footer lines: a footer closes the page,
    /// and reading every line for its words cost the pass several per cent.
    static let reach = 12

    /// The longest line taken for a footer, in scalars.
    static let maximumLength = 120

    /// Words that occur in footers and not in the lines of a report. Labels need their colon:
    /// 主办单位 and 技术支持 alone are ordinary words.
    private static let needles = ByteNeedles([
        "版权所有", "Copyright", "COPYRIGHT", "copyright", "©", "ICP备", "ICP证", "网站标识码", "公网安备", "分辨率",
        "访问者", "本站访问量", "主办单位：", "主办单位:", "主办：", "主办:", "承办单位：", "承办单位:",
        "承办：", "承办:", "技术支持：", "技术支持:", "技术支持单位",
    ])

    /// True when `text` (not numbered, at most `length` scalars as counted by the caller) is a
    /// footer line.
    static func matches(_ text: Substring, length: Int) -> Bool {
        guard length <= maximumLength, ScalarText.containsAny(text, needles) else { return false }
        return !text.unicodeScalars.contains(where: ScalarText.isSentenceEnd)
    }
}
