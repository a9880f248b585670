/// What portal templates call their parts: words in `id` / `class` that mark page chrome, and the
/// containers content-management systems put articles in. Hints only; text density decides.
enum TemplateHints {
    /// Words (after splitting ids and classes at punctuation and camelCase) of page chrome.
    static let chromeWords: Set<Substring> = [
        "nav", "navi", "navbar", "subnav", "menu", "menus", "submenu", "footer", "foot", "ft", "sidebar",
        "side", "aside", "share", "sharing", "bdshare", "comment", "comments", "review", "tie", "related", "relate",
        "recommend", "commend", "breadcrumb", "crumb", "crumbs", "login", "logon", "toolbar", "sitemap",
        "copyright", "ad", "ads", "advert", "advertisement", "banner", "hot", "rank", "ranking", "keywords",
        "tags", "search", "topbar", "qrcode", "friendlink", "flink", "weixin", "wx", "social", "popup",
    ]

    /// Substrings of a whole `id` / `class` value that mark page chrome whatever the word split.
    static let chromeFragments = ["comment", "share", "footer", "sidebar", "breadcrumb", "recommend", "copyright"]

    /// Tags whose elements are page chrome by their nature.
    static let chromeTags: Set<String> = ["nav", "footer", "aside"]

    /// Full `id` / `class` values (lowercased) of article containers of common Chinese CMSs.
    static let articleContainers: Set<String> = [
        "trs_editor", "zoom", "xxgk_content", "article", "content", "pages_content", "ucap-content", "wzy_content",
        "endtext", "article_content", "articlecontent", "art_content", "artcontent", "news_content", "newscontent",
        "main-content", "maincontent", "contentbox", "content_box", "detail", "detail_content", "detailcontent",
        "info_content", "infocontent", "con_text", "contxt", "zwnr", "zw", "bt_content", "artibody", "text",
        "txt", "view", "article-content", "post_text", "post-content", "entry-content", "fontzoom", "zoomcon",
        "mainbody", "cmscontent", "conzoom", "nr", "wznr", "xl_con", "xlnr", "content_text",
    ]

    /// True when the element at `node` is page chrome by its tag, id or class.
    static func isChrome(_ tree: PageTree, _ node: Int) -> Bool {
        if tree.tags[node] == "body" || tree.tags[node] == "html" { return false }
        if chromeTags.contains(tree.tags[node]) { return true }
        let words = tree.words[node]
        guard !words.isEmpty else { return false }
        if words.contains(where: chromeWords.contains) { return true }
        let raw = tree.idClass[node].lowercased()
        return chromeFragments.contains { UTF8Search.contains(raw, $0) }
    }

    /// True when an `id` or class of the element names a CMS article container.
    static func isArticleContainer(_ tree: PageTree, _ node: Int) -> Bool {
        let raw = tree.idClass[node]
        guard !raw.isEmpty else { return false }
        return raw.split(whereSeparator: { $0 == "#" || $0 == "." }).contains {
            articleContainers.contains($0.lowercased())
        }
    }
}
