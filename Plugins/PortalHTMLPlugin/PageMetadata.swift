import DocumentModel

/// Metadata a page states outside its text: `<title>` and the `<meta>` names CMSs write.
enum PageMetadata {
    /// Title, date, source, keywords and the like from the head of the page.
    static func read(_ tree: PageTree) -> Metadata {
        var metadata = Metadata()
        var metas: [String: String] = [:]
        for index in 0..<tree.count where tree.tags[index] == "meta" {
            guard let name = tree.attribute("name", of: index) ?? tree.attribute("property", of: index),
                let content = tree.attribute("content", of: index)
            else { continue }
            let value = content.trimmingCharacters(in: " \t\n\r\u{3000}\u{A0}")
            if !value.isEmpty, metas[name.lowercased()] == nil { metas[name.lowercased()] = String(value) }
        }
        metadata.title = metas["articletitle"] ?? metas["og:title"] ?? pageTitle(tree)
        metadata.publishedDate = (metas["pubdate"] ?? metas["publishdate"] ?? metas["firstpublishedtime"]
            ?? metas["article:published_time"]).flatMap(DateText.normalized)
        metadata.source = metas["contentsource"] ?? metas["source"] ?? metas["sitename"]
        metadata.keywords = Keywords.split(metas["keywords"] ?? metas["keyword"] ?? "")
        metadata.category = metas["columnname"]
        return metadata
    }

    /// The `<title>` text without a site-name suffix (`_网易新闻`, ` - 163.com`, `|某某政府网`).
    static func pageTitle(_ tree: PageTree) -> String? {
        guard let title = tree.first("title") else { return nil }
        var buffer = LineBuffer()
        for child in tree.children(of: title) where tree.roles[child] == .text { buffer.append(tree.texts[child]) }
        guard let text = buffer.flush() else { return nil }
        return withoutSiteSuffix(text)
    }

    /// Cuts the last segment after `_`, ` - `, ` | `, `|` or `－` while what stays still reads as a title.
    static func withoutSiteSuffix(_ title: String) -> String {
        var result = title
        for separator in ["_", " - ", " | ", "|", " — ", "－", "--"] {
            while let (rawHead, _) = UTF8Search.split(result, at: separator, backwards: true) {
                let head = rawHead.trimmingCharacters(in: " \u{3000}")
                guard CJK.counts(String(head)).visible >= 4 else { break }
                result = String(head)
            }
        }
        return result
    }
}
