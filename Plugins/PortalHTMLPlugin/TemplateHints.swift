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


    /// Full `id` / `class` values (lowercased) of article containers of common Chinese CMSs.
    static let articleContainers: Set<String> = [
        "trs_editor", "zoom", "xxgk_content", "article", "content", "pages_content", "ucap-content", "wzy_content",
        "endtext", "article_content", "articlecontent", "art_content", "artcontent", "news_content", "newscontent",
        "main-content", "maincontent", "contentbox", "content_box", "detail", "detail_content", "detailcontent",
        "info_content", "infocontent", "con_text", "contxt", "zwnr", "zw", "bt_content", "artibody", "text",
        "txt", "view", "article-content", "post_text", "post-content", "entry-content", "fontzoom", "zoomcon",
        "mainbody", "cmscontent", "conzoom", "nr", "wznr", "xl_con", "xlnr", "content_text",
    ]

    /// Words that make a class or id token a state of the page rather than a part of it:
    /// `no-sidebar`, `has-sidebar`, `layout-with-nav`, `sharing-enabled` are set on the wrapper
    /// that holds the article, not on a sidebar or a share bar.
    static let qualifierWords: Set<String> = ["no", "not", "non", "without", "has", "with", "enabled", "disabled"]

    /// True when the element at `node` is page chrome by its tag, id or class (decided once per
    /// element while the tree is built, `PageTree.chrome`; the content selector may lift it).
    static func isChrome(_ tree: PageTree, _ node: Int) -> Bool { tree.chrome[node] }

    /// True for elements that are page chrome by their tag.
    static func isChromeTag(_ tag: String) -> Bool { tag == "nav" || tag == "footer" || tag == "aside" }

    /// True when an `#id.class` label names page chrome by a word or a fragment of one of its
    /// tokens (the id and each class); a token with a qualifier word (`no-sidebar`) names none.
    /// Computed once per distinct label while the tree is built, on bytes.
    static func namesChrome(_ label: String) -> Bool {
        guard !label.isEmpty else { return false }
        var bytes = Array(label.utf8)
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "#") || bytes[end] == UInt8(ascii: ".") {
            if end > start, tokenNamesChrome(&bytes[start..<end]) { return true }
            start = end + 1
        }
        return false
    }

    /// One token of a label: its words, then (lowercased in place) its fragments.
    private static func tokenNamesChrome(_ token: inout ArraySlice<UInt8>) -> Bool {
        var chromeWord = false, qualified = false
        PageTree.forEachWord(of: token) { word in
            guard !qualified, word.count <= longestWord else { return }
            let string = String(decoding: word, as: UTF8.self)
            if qualifierWords.contains(string) {
                qualified = true
            } else if !chromeWord, chromeWordStrings.contains(string) {
                chromeWord = true
            }
        }
        if qualified { return false }
        if chromeWord { return true }
        for index in token.indices where token[index] >= 0x41 && token[index] <= 0x5A { token[index] += 0x20 }
        return chromeFragmentBytes.contains(where: { contains(token, $0) })
    }

    /// Plain byte search; the generic Collection.contains(_:) of _StringProcessing costs far more.
    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        for start in haystack.startIndex...(haystack.endIndex - needle.count) where haystack[start] == first {
            var matched = 1
            while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }

    private static let chromeFragmentBytes = chromeFragments.map { Array($0.utf8) }
    private static let chromeWordStrings = Set(chromeWords.map(String.init))
    private static let longestWord = (chromeWords.map(\.utf8.count) + qualifierWords.map(\.utf8.count)).max() ?? 0

    /// True when an `id` or class of the element names a CMS article container (decided once per
    /// element while the tree is built, `PageTree.articleContainer`).
    static func isArticleContainer(_ tree: PageTree, _ node: Int) -> Bool { tree.articleContainer[node] }

    /// True when a token of an `#id.class` label is, lowercased, a CMS article container's name.
    ///
    /// Without an array of tokens or a lowercased copy of each: every element with an id asks, and
    /// ids are unique, so no cache helps. A token longer than every name is passed over; a shorter
    /// one is lowercased into a small string, which Swift keeps without a heap allocation.
    static func namesArticleContainer(_ label: String) -> Bool {
        var label = label
        return label.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestContainer) { lowered in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "#") || bytes[end] == UInt8(ascii: ".") {
                    defer { start = end + 1 }
                    let length = end - start
                    guard length > 0, length <= longestContainer else { continue }
                    for offset in 0..<length {
                        let byte = bytes[start + offset]
                        lowered[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    }
                    if articleContainers.contains(String(decoding: UnsafeBufferPointer(rebasing: lowered[..<length]), as: UTF8.self)) {
                        return true
                    }
                }
                return false
            }
        }
    }

    /// The longest name in `articleContainers`, in bytes.
    static let longestContainer = articleContainers.map(\.utf8.count).max() ?? 0
}
