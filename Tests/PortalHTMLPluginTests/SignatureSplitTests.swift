import DocumentModel
@testable import PortalHTMLPlugin
import Testing

/// A closing signature in two blocks after the article's wrapper joins the body.
@Suite("Signatures split across blocks")
struct SignatureSplitTests {
    static let article = "<div id=\"zoom\" class=\"bt_content\"><div class=\"wrap\"><div>一、总体情况</div>"
        + "<div>花山镇2019年度共计公开信息数为70条，公开信息内容主要是对上级部门下发文件的通知，扫黑除恶、安全生产、乡村振兴、扶贫以及党建等工作的宣传、规划。</div></div>\n"

    @Test("agency and date in two <p> after the wrapper are the signature")
    func agencyAndDateInTwoParagraphs() throws {
        let html = PageRemainderTests.head + Self.article
            + "<p style=\"text-align:right\">临江市花山镇人民政府</p>\n<p style=\"text-align:right\">2020年1月15日</p></div></body></html>"
        let document = try PageReading.read(html)
        #expect(document.metadata.signedBy == "临江市花山镇人民政府")
        #expect(document.metadata.signedDate == "2020-01-15")
        #expect(!document.provenance.setAside.contains { $0.text == "临江市花山镇人民政府" })
        #expect(!document.provenance.diagnostics.contains { $0.severity == .warning })
    }

    @Test("a line that is no agency still ends the search before a date")
    func otherLineBeforeADate() throws {
        let html = PageRemainderTests.head + Self.article
            + "<p>欢迎访问花山镇人民政府网站</p><p>2020年1月15日</p></div></body></html>"
        let document = try PageReading.read(html)
        #expect(document.metadata.signedDate == nil)
        #expect(document.provenance.setAside.contains { $0.text == "欢迎访问花山镇人民政府网站" })
    }
}
