extension CollectionIndex {
    /// The index page as UTF-8 bytes. Deterministic for the same set of entries in any order.
    public func render() -> [UInt8] {
        var out = HTMLOutput(capacity: 4096 + entries.count * 400)
        let groups = self.groups
        out.raw("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.raw("<meta name=\"generator\" content=\"Gazette HTMLWriter "); out.text(HTMLWriter.currentVersion)
        out.raw("\">\n")
        out.raw("<title>政府信息公开年度报告</title>\n<style>\n")
        out.raw(PageStyle.css)
        out.raw(PageStyle.indexCSS)
        out.raw("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>政府信息公开年度报告</h1>\n")
        out.raw("<p class=\"summary\">共 "); out.int(entries.count); out.raw(" 篇，按年度、发布机构排列。</p>\n")
        if groups.count > 1 {
            out.raw("<nav class=\"years\">")
            for group in groups {
                out.raw("<a href=\"#"); writeAnchor(group.year, to: &out); out.raw("\">")
                writeYear(group.year, to: &out); out.raw("</a>\n")
            }
            out.raw("</nav>\n")
        }
        out.raw("</header>\n")
        for group in groups {
            out.raw("<section id=\""); writeAnchor(group.year, to: &out); out.raw("\">\n<h2>")
            writeYear(group.year, to: &out); out.raw("</h2>\n")
            for agency in group.agencies {
                out.raw("<h3>")
                if let name = agency.agency { out.text(name) } else { out.raw("发布机构不详") }
                out.raw("</h3>\n<ul class=\"docs\">\n")
                for entry in agency.entries { writeEntry(entry, to: &out) }
                out.raw("</ul>\n")
            }
            out.raw("</section>\n")
        }
        out.raw("</main>\n</body>\n</html>\n")
        return out.finish()
    }

    private func writeEntry(_ entry: CollectionEntry, to out: inout HTMLOutput) {
        out.raw("<li><a href=\""); out.urlPath(entry.path); out.raw("\">"); out.text(entry.title); out.raw("</a>")
        if entry.publishedDate != nil || entry.signedDate != nil || entry.title != entry.sourceName {
            out.raw("<span class=\"dates\">")
            var first = true
            func part(_ label: StaticString, _ value: String?) {
                guard let value else { return }
                if !first { out.raw(" · ") }
                first = false
                out.raw(label); out.text(value)
            }
            part("发布 ", entry.publishedDate)
            part("成文 ", entry.signedDate)
            if entry.title != entry.sourceName { part("原文件 ", entry.sourceName) }
            out.raw("</span>")
        }
        out.raw("</li>\n")
    }

    private func writeAnchor(_ year: Int?, to out: inout HTMLOutput) {
        if let year { out.raw("y"); out.int(year) } else { out.raw("unknown-year") }
    }

    private func writeYear(_ year: Int?, to out: inout HTMLOutput) {
        if let year { out.int(year); out.raw(" 年度") } else { out.raw("年度不详") }
    }
}
