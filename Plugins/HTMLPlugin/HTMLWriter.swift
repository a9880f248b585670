import Conversion
import DocumentModel

/// Writes a ``Document`` as one standalone HTML5 page: embedded CSS, no scripts, no external resources.
///
/// A peer of the JSON writer: every text of the document (metadata, blocks, provenance) is on the
/// page, escaped. Output is deterministic. Text is written with `white-space: pre-line`, so line
/// breaks inside a paragraph or cell show as in the source without extra markup.
public struct HTMLWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    public var name: String { "HTMLWriter" }
    public var version: String { Self.currentVersion }
    /// The writer's version, also named in every page's `generator` meta tag.
    static let currentVersion = "1.0.0"
    public var format: Format { .html }
    public var fileExtension: String { "html" }
    public var summary: String { "standalone HTML5 page, UTF-8, embedded CSS, no scripts" }

    public func write(_ document: Document) throws(GazetteError) -> [UInt8] {
        var out = HTMLOutput(capacity: document.provenance.byteCount * 2 + 8192)
        let title = Self.displayTitle(document)
        out.raw("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.raw("<meta name=\"generator\" content=\"Gazette HTMLWriter "); out.text(version); out.raw("\">\n<title>")
        out.text(title)
        out.raw("</title>\n<style>\n")
        out.raw(PageStyle.css)
        out.raw("</style>\n</head>\n<body>\n<main>\n<article>\n<header>\n<h1")
        if !Self.hasTitle(document) { out.raw(" class=\"untitled\"") }
        out.raw(">")
        out.text(title)
        out.raw("</h1>\n")
        writeMetadata(document.metadata, to: &out)
        out.raw("</header>\n")
        for block in document.blocks { writeBlock(block, to: &out) }
        out.raw("</article>\n</main>\n")
        writeProvenance(document.provenance, to: &out)
        out.raw("</body>\n</html>\n")
        return out.finish()
    }

    /// The page title: the report's own title, else its source file name.
    public static func displayTitle(_ document: Document) -> String {
        hasTitle(document) ? document.metadata.title! : document.provenance.sourceName
    }

    private static func hasTitle(_ document: Document) -> Bool {
        !(document.metadata.title ?? "").isEmpty
    }

    /// The metadata header: a definition list of what is known, nothing when nothing is.
    private func writeMetadata(_ m: Metadata, to out: inout HTMLOutput) {
        var opened = false
        func item(_ label: StaticString, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            if !opened { out.raw("<dl class=\"meta\">\n"); opened = true }
            out.raw("<div><dt>"); out.raw(label); out.raw("</dt><dd>")
            out.text(value)
            out.raw("</dd></div>\n")
        }
        item("发布机构", m.agency)
        if let year = m.year {
            if !opened { out.raw("<dl class=\"meta\">\n"); opened = true }
            out.raw("<div><dt>报告年度</dt><dd>"); out.int(year); out.raw("</dd></div>\n")
        }
        item("发布日期", m.publishedDate)
        item("落款", m.signedBy)
        item("成文日期", m.signedDate)
        item("索引号", m.indexNumber)
        item("文号", m.documentNumber)
        item("分类", m.category)
        if !m.keywords.isEmpty {
            if !opened { out.raw("<dl class=\"meta\">\n"); opened = true }
            out.raw("<div><dt>主题词</dt><dd>")
            for (index, keyword) in m.keywords.enumerated() {
                if index > 0 { out.raw("；") }
                out.text(keyword)
            }
            out.raw("</dd></div>\n")
        }
        item("来源", m.source)
        if opened { out.raw("</dl>\n") }
    }
}
