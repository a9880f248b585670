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
        return tree.chromeNamed[node]
    }

    /// True when an `#id.class` label names page chrome by a word or a fragment; computed once
    /// per element while the tree is built, on bytes (it runs for every distinct label).
    static func namesChrome(_ label: String) -> Bool {
        guard !label.isEmpty else { return false }
        let lowered = label.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if chromeFragmentBytes.contains(where: { contains(lowered, $0) }) { return true }
        var found = false
        PageTree.forEachWord(of: label) { word in
            if !found, word.count <= longestChromeWord, chromeWordStrings.contains(String(decoding: word, as: UTF8.self)) {
                found = true
            }
        }
        return found
    }

    /// Plain byte search; the generic Collection.contains(_:) of _StringProcessing costs far more.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var matched = 1
            while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }

    private static let chromeFragmentBytes = chromeFragments.map { Array($0.utf8) }
    private static let chromeWordStrings = Set(chromeWords.map(String.init))
    private static let longestChromeWord = chromeWords.map(\.utf8.count).max() ?? 0

    /// True when an `id` or class of the element names a CMS article container.
    static func isArticleContainer(_ tree: PageTree, _ node: Int) -> Bool {
        let raw = tree.idClass[node]
        guard !raw.isEmpty else { return false }
        return raw.split(whereSeparator: { $0 == "#" || $0 == "." }).contains {
            articleContainers.contains($0.lowercased())
        }
    }
}
