import DocumentModel
@testable import ReportStructure
import Testing

@Suite("Portal site footers are set aside, not kept in the body")
struct SiteFooterTests {
    @Test(arguments: [
        "技术支持：某某网络公司　建议使用1024×768分辨率浏览",
        "您是本站第12345位访问者　本站访问量：98765",
        "版权所有：某某市林业局　地址：某某市建设路8号",
        "主办单位：某某县人民政府办公室　网站标识码：4101000001",
        "豫ICP备05001234号　豫公网安备41010002000123号",
        "主办：某某县人民政府　承办：某某县大数据中心",
    ])
    func aFooterLineIsSetAside(line: String) {
        let report = Structured.report("一、总体情况\n全年主动公开政府信息1520条。\n\(line)")
        #expect(report.setAside.map(\.text) == [line])
        #expect(report.setAside.first?.reason == "site footer")
        #expect(Structured.paragraphs(report) == ["全年主动公开政府信息1520条。"])
    }

    @Test(arguments: [
        "（三）技术支持：加强平台建设",
        "全年网站访问者达到12万人次，主办单位为县政府办公室。",
        "技术支持",
    ])
    func reportTextNamingTheseWordsStays(line: String) {
        let report = Structured.report("一、总体情况\n\(line)\n全年主动公开政府信息1520条。")
        #expect(report.setAside.isEmpty)
    }
}

@Suite("Footer words far from the end of a report are report text")
struct SiteFooterReachTests {
    @Test func aFooterWordAmidTheSectionsStays() {
        let sections = (1...SiteFooter.reach).map { "第\($0)段正文。" }
        let text = (["一、总体情况", "版权所有：某某县人民政府"] + sections).joined(separator: "\n")
        let report = Structured.report(text)
        #expect(report.setAside.isEmpty)
    }
}
