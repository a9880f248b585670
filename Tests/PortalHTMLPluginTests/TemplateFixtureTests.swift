import Conversion
import DocumentModel
@testable import PortalHTMLPlugin
import ReportStructure
import Testing
import TestSupport

/// Hand-made pages in the shapes of the seed reports' portals (Tests/PortalHTMLPluginTests/Fixtures).
@Suite("Report page templates: breadcrumbs, metadata grids, 2019 tables")
struct TemplateFixtureTests {
    func items(_ name: String) throws -> [SourceItem] {
        let bytes = try Fixtures.bytes(Fixtures.directory().appendingPathComponent(name))
        return try PortalHTMLReader().extract(ReaderInput(bytes: bytes, name: SourceName(name)), options: ReadOptions()).items
    }

    func lines(_ items: [SourceItem]) -> [String] {
        items.compactMap { if case .line(let text) = $0 { text } else { nil } }
    }

    @Test func countyTableLayoutPage() throws {
        let lines = lines(try items("county-report-table-layout.html"))
        #expect(lines.first == "当前位置:首页-->政府信息公开-->信息公开年报-->政府信息公开年报")
        #expect(lines.dropFirst().first == "尉氏县2016年政府信息公开年度报告")
        #expect(lines.contains("责任编辑:曹冲 来源:公开办 时间:2017-03-14 18:26:03"))
        #expect(lines.last == "【打印此文】 【关闭窗口】")
        #expect(lines.contains("二、存在的问题"))
        #expect(lines.contains("2016年，我县政府信息公开工作虽然取得了一些成绩，但与上级要求还有一些差距，存在着一些薄弱环节。"))
        #expect(lines.contains("附件：尉氏县2016年政府信息公开统计表.doc"))
        let all = lines.joined(separator: "\n")
        for template in ["网站首页", "机构设置", "主办单位", "相关信息", "2015年政府信息公开年度报告", "脚本里的文字", "样式表", "登录"] {
            #expect(!all.contains(template), "\(template)")
        }
        let document = try PageReading.readFixture("county-report-table-layout.html")
        #expect(document.metadata.title == "尉氏县2016年政府信息公开年度报告")
        #expect(document.metadata.keywords == ["政府信息公开", "年度报告"])
        #expect(document.provenance.evidence.contains("meta"))
        #expect(document.provenance.diagnostics.contains { $0.message.hasPrefix("main content: div#zoom") })
    }

    @Test func legacyGB2312CopyReadsTheSame() throws {
        let utf8 = try items("county-report-table-layout.html")
        let legacy = try items("county-report-gb2312.html")
        #expect(legacy == utf8)
        let document = try PageReading.readFixture("county-report-gb2312.html")
        #expect(document.provenance.encoding == "gb18030")
    }

    @Test func metadataGridAboveTheArticle() throws {
        let items = try items("development-zone-metadata-grid.html")
        #expect(Array(lines(items).prefix(3)) == ["索引号：4303000047-2014-00002", "分类：政府信息公开年报", "发布机构：市经济技术开发区"])
        #expect(!items.contains { if case .table = $0 { true } else { false } })
        let document = try PageReading.readFixture("development-zone-metadata-grid.html")
        let metadata = document.metadata
        #expect(metadata.title == "湘潭经济技术开发区2013年政府信息公开年度报告")
        #expect(metadata.indexNumber == "4303000047-2014-00002")
        #expect(metadata.agency == "市经济技术开发区")
        #expect(metadata.category == "政府信息公开年报")
        #expect(metadata.documentNumber == "湘开管发〔2014〕1号")
        #expect(metadata.publishedDate == "2014-01-08")
        #expect(metadata.keywords == ["统计", "年报"])
        #expect(metadata.source == "湘潭市经济技术开发区")
        let body = PageReading.compact(document)
        #expect(body.contains("经开区党工委、管委会高度重视政务公开工作"))
        for template in ["信息公开目录", "概况信息", "办事服务", "分享到", "版权所有", "QQ空间"] {
            #expect(!body.contains(template), "\(template)")
        }
    }

    @Test func standardTablesOf2019KeepSpans() throws {
        let document = try PageReading.readFixture("town-report-2019-tables.html")
        let tables = PageReading.tables(document)
        try #require(tables.count == 2)
        let active = tables[0]
        #expect(active.rows.count == 7)
        #expect(active.rows[0] == [TableCell("第二十条第（一）项", colSpan: 4)])
        #expect(active.rows[1].map(\.text) == ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"])
        #expect(active.rows[6].map(\.text) == ["行政许可", "12", "+2", "14"])
        let requests = tables[1]
        #expect(requests.columnCount == 10)
        #expect(requests.rows[0].first?.rowSpan == 3)
        #expect(requests.rows[0].first?.colSpan == 3)
        #expect(requests.rows[1].map(\.rowSpan) == [2, 1, 2])
        #expect(requests.rows[4].first == TableCell("三、本年度办理结果", rowSpan: 2))
        #expect(requests.rows[5].count == 8)
        let body = PageReading.compact(document)
        #expect(body.contains("四、存在的主要问题及改进情况"))
        #expect(!body.contains("Copyright"))
        #expect(!body.contains("临江市政府信息公开专栏花山镇政府信息公开年度报告"))
    }
}
