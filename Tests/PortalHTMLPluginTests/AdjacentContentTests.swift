import DocumentModel
import Foundation
@testable import PortalHTMLPlugin
import Testing
import TestSupport

/// Report content the portal keeps beside the chosen container (a statistics table, a 附表 block,
/// the next sections, the signature) is part of the body; the portal around it is not. The
/// fixtures are a black-box tester's pages (Tests/PortalHTMLPluginTests/Fixtures/adjacent-*).
@Suite("Report content next to the main container joins the body")
struct AdjacentContentTests {
    static let statisticsRows = [["信息内容", "本年新制作数量", "本年新公开数量"], ["规章", "5", "6"], ["规范性文件", "7", "8"]]

    func headings(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .heading(let heading) = $0 { (heading.numbering ?? "") + heading.text } else { nil } }
    }

    func paragraphs(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
    }

    @Test("an untitled div after the container: 附表 line and its table")
    func appendixDiv() throws {
        let document = try PageReading.readFixture("adjacent-appendix-div.html")
        #expect(headings(document) == ["一、总体情况", "二、主动公开政府信息情况（见附表）"])
        #expect(paragraphs(document).last == "附表：主动公开政府信息情况统计表")
        let table = try #require(PageReading.tables(document).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.statisticsRows)
        #expect(document.provenance.diagnostics.allSatisfy { $0.severity == .info })
    }

    @Test("a bare table right after the container")
    func bareTable() throws {
        let document = try PageReading.readFixture("adjacent-bare-table.html")
        let table = try #require(PageReading.tables(document).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.statisticsRows)
        #expect(document.blocks.last.map { if case .table = $0 { true } else { false } } == true)
    }

    @Test("a sibling div holding section 二's table and section 三")
    func sectionDiv() throws {
        let document = try PageReading.readFixture("adjacent-section-div.html")
        #expect(headings(document) == ["一、总体情况", "二、主动公开政府信息情况", "三、存在的主要问题及改进情况"])
        #expect(PageReading.tables(document).first?.rows.map { $0.map(\.text) } == [["信息内容", "本年新制作数量"], ["规章", "5"]])
        #expect(paragraphs(document).last == "部分单位重视不够。")
    }

    /// The tester's attach*.html differ only in the class of the container.
    @Test("a div.fujian after the container, whatever the container's class", arguments: ["TRS_Editor", "abc", "content", "text", "zoom"])
    func fujianBlock(containerClass: String) throws {
        let page = try String(contentsOf: Fixtures.directory().appendingPathComponent("adjacent-fujian-after-trs-editor.html"), encoding: .utf8)
        let document = try PageReading.read(page.replacingOccurrences(of: "class=\"TRS_Editor\"", with: "class=\"\(containerClass)\""))
        try checkFujian(document)
    }

    @Test("a div.fujian after an article holding its paragraphs directly")
    func fujianAfterArticle() throws {
        try checkFujian(try PageReading.readFixture("adjacent-fujian-after-article.html"))
    }

    func checkFujian(_ document: Document) throws {
        #expect(paragraphs(document).contains("附表：主动公开政府信息情况统计表"))
        let table = try #require(PageReading.tables(document).first)
        #expect(table.rows.count == 9)
        #expect(table.rows[0].map(\.text) == ["第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"])
        #expect(table.rows[8].map(\.text) == ["第二十条第（8）项", "规章", "8", "16", "24"])
        let body = PageReading.compact(document)
        for chrome in ["首页", "办事服务", "版权所有"] { #expect(!body.contains(chrome), "\(chrome)") }
        #expect(document.metadata.title == "某县2019年政府信息公开工作年度报告")
    }

    @Test("an old table layout: the data row, section 三 and the signature rows after the text row")
    func tableLayout() throws {
        let document = try PageReading.readFixture("adjacent-table-layout-gb2312.html")
        #expect(document.provenance.encoding == "gb18030")
        #expect(headings(document) == ["一、概述", "二、主动公开政府信息情况", "三、存在的不足和改进措施"])
        let table = try #require(PageReading.tables(document).first)
        #expect(table.rows.count == 5)
        #expect(table.rows[1].map(\.text) == ["主动公开信息数", "1", "2"])
        #expect(table.rows[4].map(\.text) == ["行政复议数", "4", "8"])
        #expect(paragraphs(document).last == "一是公开内容不够全面；二是更新不够及时。")
        #expect(document.metadata.signedBy == "某县人民政府办公室")
        #expect(document.metadata.signedDate == "2011-03-20")
        let body = PageReading.compact(document)
        for chrome in ["通知公告", "网上办事", "版权所有", "技术支持"] { #expect(!body.contains(chrome), "\(chrome)") }
    }

    @Test("a report split over two columns: the second column's table, section 三 and signature")
    func splitColumns() throws {
        let document = try PageReading.readFixture("adjacent-split-columns.html")
        #expect(headings(document).suffix(3) == ["二、主动公开政府信息情况", "二、主动公开政府信息情况（续）", "三、存在的主要问题及改进情况"])
        #expect(PageReading.tables(document).first?.rows.count == 9)
        #expect(paragraphs(document).last == "部分单位重视不够，下一步将加强培训。")
        #expect(document.metadata.signedBy == "某县人民政府办公室")
        #expect(!PageReading.compact(document).contains("版权所有"))
    }

    @Test("an appendix inside the container stays as it was")
    func appendixInside() throws {
        let document = try PageReading.readFixture("adjacent-inline-appendix.html")
        #expect(paragraphs(document).last == "附表：主动公开政府信息情况统计表")
        #expect(PageReading.tables(document).first?.rows.count == 9)
    }

    @Test("a whole portal page: tables and sections in, navigation, related links and footer out")
    func fullReport() throws {
        let document = try PageReading.readFixture("adjacent-full-report-gb2312.html")
        #expect(headings(document) == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、存在的主要问题及改进情况"])
        #expect(PageReading.tables(document).map(\.rows.count) == [9, 3])
        let body = PageReading.compact(document)
        for chrome in ["首页", "互动交流", "相关文章", "2018年", "版权所有", "ICP"] { #expect(!body.contains(chrome), "\(chrome)") }
        #expect(document.metadata.signedDate == "2020-01-15")
    }

    @Test("text and inline elements after the container read as lines of the body")
    func bareTextAfterContainer() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>某县2019年政府信息公开工作年度报告</title></head><body>
            <div class="content"><p>二、主动公开政府信息情况</p><p>2019年，某县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1234条，受理依申请公开5件。</p></div>
            三、存在的主要问题<br>部分单位重视不够，下一步将<b>加强</b>培训。<br>附件：<a href="t.xls">统计表.xls</a></body></html>
            """
        let document = try PageReading.read(html)
        #expect(headings(document) == ["二、主动公开政府信息情况", "三、存在的主要问题"])
        #expect(paragraphs(document).suffix(2) == ["部分单位重视不够，下一步将加强培训。", "附件：统计表.xls"])
    }

    @Test("an attachment block after the container, labelled or not")
    func attachmentBlock() throws {
        let container = "<div class=\"TRS_Editor\"><p>一、总体情况</p><p>2019年，某县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1234条，受理依申请公开5件，均按时答复。</p></div>"
        for block in ["<div class=\"fj\"><p>相关附件：</p><a href=\"t.xls\">统计表.xls</a></div>",
                      "<div class=\"fj\"><a href=\"t.xls\">附件：统计表.xls</a></div>"] {
            let document = try PageReading.read("<html><head><meta charset=\"utf-8\"><title>t</title></head><body>" + container + block + "</body></html>")
            #expect(PageReading.texts(document).last?.hasSuffix("统计表.xls") == true, "\(block)")
        }
    }

    @Test("a section before the container joins it; the title and date line before that do not")
    func sectionBefore() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>某县2019年政府信息公开工作年度报告</title></head><body>
            <div class="wrap"><h1>某县2019年政府信息公开工作年度报告</h1><div class="info">发布日期：2020-01-15</div>
            <div class="a"><div><p>一、总体情况</p><p>本年度全县各部门认真落实政府信息公开各项工作要求，主动公开政府信息，做到应公开尽公开，群众满意度进一步提高。</p></div></div>
            <div class="b"><div class="TRS_Editor"><p>二、主动公开政府信息情况</p><p>2019年，某县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1234条，受理依申请公开5件，均按时答复。全县各部门共召开新闻发布会12场。</p></div></div>
            </div></body></html>
            """
        let document = try PageReading.read(html)
        #expect(headings(document) == ["一、总体情况", "二、主动公开政府信息情况"])
        #expect(document.metadata.title == "某县2019年政府信息公开工作年度报告")
        #expect(document.metadata.publishedDate == "2020-01-15")
        #expect(!PageReading.texts(document).contains { $0.contains("发布日期") })
    }

    @Test("the search stops at the first block that is not report content")
    func stopsAtChrome() throws {
        // Long enough that `ContentSelector` does not take the short footer as a sibling paragraph.
        let paragraph = "<p>2019年，某县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1234条，受理依申请公开5件。</p>"
        let container = "<div class=\"content\"><p>二、主动公开政府信息情况</p>" + String(repeating: paragraph, count: 3) + "</div>"
        let table = "<table border=\"1\"><tr><td>信息内容</td><td>本年新制作数量</td></tr><tr><td>规章</td><td>5</td></tr></table>"
        let head = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
        for between in ["<div class=\"share\">分享到：微信 微博</div>", "<div>【打印本页】【关闭窗口】</div>", "<div>版权所有：某县人民政府 备案号：ICP备12345678号</div>",
                        "<ul><li><a href=\"/a\">某县2018年政府信息公开工作年度报告</a></li><li><a href=\"/b\">某县2017年政府信息公开工作年度报告</a></li></ul>"] {
            let document = try PageReading.read(head + container + between + table + "</body></html>")
            #expect(PageReading.tables(document).isEmpty, "\(between)")
            #expect(PageReading.texts(document).last?.hasPrefix("2019年") == true, "\(between)")
        }
    }
}
