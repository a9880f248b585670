import DocumentModel
@testable import PortalHTMLPlugin
import Testing

/// Lines below the article are taken as its trailer (and then set aside by the structure pass)
/// only for the article's own widgets; a site footer that merely says 浏览 or 访问 stays outside
/// the article and never lands in the body.
@Suite("The article trailer takes its widgets, not the site footer")
struct TrailerMarkerTests {
    /// The page head and report container of the page-remainder tests: a report the reader finds.
    static let head = PageRemainderTests.head, container = PageRemainderTests.container

    @Test(arguments: ["欢迎浏览某县人民政府网站", "欢迎访问某县人民政府门户网站", "技术支持：某某网络公司　建议使用1024×768分辨率浏览",
                      "您是本站第12345位访问者　本站访问量：98765"])
    func aFooterLineBelowTheArticleIsNotInTheBody(line: String) throws {
        let document = try PageReading.read(Self.head + "<div class=\"wrap\">" + Self.container + "<div>\(line)</div></div></body></html>")
        #expect(PageReading.compact(document).hasSuffix("受理依申请公开5件。"))
        #expect(document.provenance.setAside.contains { $0.text == line })
    }

    @Test(arguments: ["浏览次数：123", "【打印本页】【关闭窗口】"])
    func theArticlesOwnWidgetsAreStillItsTrailer(line: String) throws {
        let document = try PageReading.read(Self.head + "<div class=\"wrap\">" + Self.container + "<div>\(line)</div></div></body></html>")
        #expect(document.provenance.setAside.contains { $0.text == line && $0.reason != "outside the main content" })
    }
}
