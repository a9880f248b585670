/// The words portal widgets are made of. A short line that is nothing but these words (plus
/// brackets, separators, and digits after a counter) is chrome; one real word makes it content.
enum ChromeVocabulary {
    private static let groups: [(reason: String, words: [String])] = [
        ("login bar", ["用户登录", "会员登录", "免费注册", "找回密码", "登录", "注册", "退出", "登陆"]),
        ("print and close links", ["打印此文", "打印本页", "打印此页", "打印文章", "打印正文", "关闭窗口", "关闭本页", "关闭此页",
                                   "返回顶部", "返回首页", "返回列表", "收藏本页", "加入收藏", "设为首页", "保存本页", "打印", "关闭", "返回",
                                   "收藏", "顶部", "保存"]),
        ("font-size widget", ["字体", "字号", "放大", "缩小", "默认", "正常", "视力保护色", "护眼模式"]),
        ("hit counter", ["点击数", "点击量", "点击率", "浏览次数", "浏览量", "访问量", "访问次数", "阅读次数", "阅读量", "次数", "点击", "次", "人次"]),
        ("share bar", ["分享到", "分享至", "分享", "新浪微博", "腾讯微博", "微信", "微博", "QQ空间", "朋友圈", "人人网", "豆瓣", "QQ",
                       "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "手机扫一扫", "扫一扫", "手机版"]),
        (previousNext, ["上一篇", "下一篇", "上一条", "下一条", "没有了"]),
        ("site links", ["网站地图", "联系我们", "关于我们", "无障碍浏览", "无障碍", "网站声明", "隐私声明", "长者模式", "我要纠错",
                        "政府网站找错", "网站纠错", "纠错"]),
        ("empty source or editor line", ["信息来源", "文章来源", "责任编辑", "来源", "编辑", "作者", "来稿"]),
    ]

    private static let words: [(word: [Unicode.Scalar], reason: String)] = groups
        .flatMap { group in group.words.map { (ScalarText.scalars($0), group.reason) } }
        .sorted { $0.word.count > $1.word.count }

    /// The first scalar of every word (`RuleGate`).
    static let wordStarts = ScalarBitmap(words.map { $0.word[0] } + Array(sizes))

    /// `上一篇：<the linked title>`: after its colon, the rest of the line is the link's text.
    private static let previousNext = "previous and next links"

    /// Font sizes are single characters (大 中 小), chrome only beside 字体 or 字号, or all three alone.
    private static let sizes: Set<Unicode.Scalar> = ["大", "中", "小"]

    /// The reason of the first widget word when the words cover all of `s`; nil otherwise.
    static func coverReason(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> String? {
        if s.count <= 12, isSizesAlone(s) { return "font-size widget" }  // 【大 中 小】
        var reason: String?
        var sawFontWord = false
        var sawCounter = false
        var index = 0
        while index < s.count {
            let scalar = s[index]
            if ScalarText.isSpace(scalar) || isSyntax(scalar) {
                index += 1
                continue
            }
            if let match = words.first(where: { s[index] == $0.word[0] && ScalarText.matches(s, at: index, $0.word) }) {
                if reason == nil { reason = match.reason }
                if match.reason == "font-size widget" { sawFontWord = true }
                if match.reason == "hit counter" { sawCounter = true }
                index += match.word.count
                if match.reason == previousNext, reason == previousNext, let next = s[index...].first(where: { !ScalarText.isSpace($0) }),
                   next == ":" || next == "：" {
                    return reason
                }
            } else if sawFontWord, sizes.contains(scalar) {
                index += 1
            } else if sawCounter, ScalarText.digit(scalar) != nil {
                index += 1
            } else {
                return nil
            }
        }
        return reason
    }

    /// Whether `s` shows 大, 中 and 小 once each and nothing else but spaces and brackets.
    private static func isSizesAlone(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var seen: Set<Unicode.Scalar> = []
        for scalar in s where !ScalarText.isSpace(scalar) && !isSyntax(scalar) {
            guard sizes.contains(scalar), seen.insert(scalar).inserted else { return false }
        }
        return seen.count == 3
    }

    /// Brackets and separators widgets are drawn with.
    static func isSyntax(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "【", "】", "[", "]", "(", ")", "（", "）", "|", "｜", "/", "·", "•", ":", "：", "-", "_", "<", ">", "《", "》", "〖", "〗", "»", "«": true
        default: false
        }
    }
}
