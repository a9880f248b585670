import DocumentModel
import Testing

/// A page with no body text (frameset, redirect, script-drawn) is converted to an empty document
/// with a warning that says so, not in silence.
@Suite("Pages without text are flagged")
struct EmptyPageTests {
    @Test(arguments: [
        #"<html><head><meta charset="utf-8"><title>t</title></head><frameset><frame src="a.html"></frameset></html>"#,
        #"<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=x.html"></head><body></body></html>"#,
        #"<html><head><meta charset="utf-8"><title>t</title></head><body><script>document.write("正文")</script></body></html>"#,
    ])
    func emptyPagesWarn(html: String) throws {
        let document = try PageReading.read(html)
        #expect(document.blocks.isEmpty)
        #expect(document.provenance.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("no text found in the page's body") })
    }

    @Test func aPageWithTextDoesNot() throws {
        let document = try PageReading.read(#"<html><head><meta charset="utf-8"></head><body><p>一、总体情况</p><p>正文内容。</p></body></html>"#)
        #expect(!document.provenance.diagnostics.contains { $0.message.hasPrefix("no text found") })
    }
}
