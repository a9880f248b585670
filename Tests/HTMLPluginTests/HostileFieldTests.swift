import DocumentModel
import HTMLPlugin
import Testing

/// One field of a document that can carry hostile text.
struct HostileField: Sendable, CustomTestStringConvertible {
    let name: String
    let set: @Sendable (inout Document, String) -> Void

    var testDescription: String { name }

    /// Every text field of the model, each tried alone on an otherwise ordinary document, so one
    /// field escaped by accident through another's code path cannot hide a field left unescaped.
    static let all: [HostileField] = [
        HostileField(name: "title") { $0.metadata.title = $1 },
        HostileField(name: "agency") { $0.metadata.agency = $1 },
        HostileField(name: "publishedDate") { $0.metadata.publishedDate = $1 },
        HostileField(name: "indexNumber") { $0.metadata.indexNumber = $1 },
        HostileField(name: "documentNumber") { $0.metadata.documentNumber = $1 },
        HostileField(name: "category") { $0.metadata.category = $1 },
        HostileField(name: "keyword") { $0.metadata.keywords.append($1) },
        HostileField(name: "source") { $0.metadata.source = $1 },
        HostileField(name: "signedBy") { $0.metadata.signedBy = $1 },
        HostileField(name: "signedDate") { $0.metadata.signedDate = $1 },
        HostileField(name: "heading numbering") { $0.blocks.append(.heading(Heading(level: 2, numbering: $1, text: "标题"))) },
        HostileField(name: "heading text") { $0.blocks.append(.heading(Heading(level: 3, text: $1))) },
        HostileField(name: "paragraph") { $0.blocks.append(.paragraph($1)) },
        HostileField(name: "header cell") {
            $0.blocks.append(.table(Table(rows: [[TableCell($1), TableCell("数量")], [TableCell("甲"), TableCell("1")]])))
        },
        HostileField(name: "data cell") {
            $0.blocks.append(.table(Table(rows: [[TableCell("项目"), TableCell("数量")], [TableCell($1, colSpan: 2)]])))
        },
        HostileField(name: "list item") { $0.blocks.append(.list(["第一项", $1])) },
        HostileField(name: "file name") { $0.provenance.sourceName = $1 },
        // A name that was not UTF-8: shown with U+FFFD for the bad bytes, the bytes themselves in hex.
        HostileField(name: "non-UTF-8 file name") {
            $0.provenance.sourceName = "\u{FFFD}\u{FFFD}" + $1 + ".txt"
            $0.provenance.sourceNameHex = "fffe"
        },
        HostileField(name: "file name hex") { $0.provenance.sourceNameHex = $1 },
        HostileField(name: "sha256") { $0.provenance.sha256 = $1 },
        HostileField(name: "format") { $0.provenance.format = $1 },
        HostileField(name: "encoding") { $0.provenance.encoding = $1 },
        HostileField(name: "evidence") { $0.provenance.evidence = $1 },
        HostileField(name: "reader name") { $0.provenance.reader = ReaderIdentity(name: $1, version: "1") },
        HostileField(name: "reader version") { $0.provenance.reader = ReaderIdentity(name: "R", version: $1) },
        HostileField(name: "set-aside text") { $0.provenance.setAside.append(SetAsideLine($1, reason: "login bar")) },
        HostileField(name: "set-aside reason") { $0.provenance.setAside.append(SetAsideLine("登录", reason: $1)) },
        HostileField(name: "metadata line") { $0.provenance.metadataLines.append($1) },
        HostileField(name: "diagnostic") { $0.provenance.diagnostics.append(Diagnostic(.warning, $1, byteOffset: 3)) },
    ]
}

/// Hostile text in each field alone renders as text, escaped, and never as markup.
@Suite("HTML escaping, field by field")
struct HostileFieldTests {
    /// Texts whose escaped form is exact; the forbidden controls are covered by HTMLEscapingTests.
    static let texts = HostileText.all.filter { $0 != HostileText.controls }

    @Test(arguments: HostileField.all, texts)
    func fieldRendersAsText(_ field: HostileField, _ text: String) throws {
        var document = SampleDocuments.full
        field.set(&document, text)
        let html = String(decoding: try HTMLWriter().write(document), as: UTF8.self)
        let styleEnd = try #require(html.range(of: "</style>"))
        let page = String(html[styleEnd.upperBound...])
        #expect(page.contains(HTMLWriterContentTests.escaped(text)))
        #expect(!page.contains(text))
        for markup in ["<script", "<img", "<b>", "</style>", "<!--"] { #expect(!page.contains(markup)) }
        // The stylesheet is still the only one and still ends where the writer ended it.
        #expect(html.components(separatedBy: "</style>").count == 2)
    }

    @Test(arguments: texts)
    func indexEntryFieldsRenderAsText(_ text: String) throws {
        let index = CollectionIndex(entries: [
            CollectionEntry(title: text, sourceName: "\u{FFFD}" + text, agency: text, year: 2019,
                            publishedDate: text, signedDate: text, path: "2019/" + text + ".html"),
        ])
        let html = String(decoding: index.render(), as: UTF8.self)
        let page = try #require(html.components(separatedBy: "</style>").last)
        #expect(page.contains("<h3>\(HTMLWriterContentTests.escaped(text))</h3>"))
        #expect(page.contains("发布 \(HTMLWriterContentTests.escaped(text)) · 成文 "))
        #expect(page.contains("原文件 \u{FFFD}\(HTMLWriterContentTests.escaped(text))"))
        #expect(!page.contains(text))
        // The link is percent-encoded: no quote, angle bracket or space survives into the attribute.
        let href = try #require(page.components(separatedBy: "<a href=\"2019/").dropFirst().first?
            .components(separatedBy: "\"").first)
        #expect(href.allSatisfy { !"<>\"' &".contains($0) }, "\(href)")
    }
}
