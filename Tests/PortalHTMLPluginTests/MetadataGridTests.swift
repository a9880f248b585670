import DocumentModel
@testable import PortalHTMLPlugin
import Testing

/// A portal's metadata grid (索引号 / 发布机构 / 生成日期…) fills the metadata, stays out of the body,
/// and loses none of its cells, whatever labels it uses and however it is marked up.
@Suite("Metadata grids")
struct MetadataGridTests {
    static let head = PageRemainderTests.head
    static let sentence = "花山镇2019年度共计公开信息数为70条，公开信息内容主要是对上级部门下发文件的通知，扫黑除恶、安全生产、乡村振兴、扶贫以及党建等工作的宣传、规划。"
    static let report = "<div class=\"TRS_Editor\"><p>一、总体情况</p><p>\(sentence)</p></div>"

    /// Every text the document keeps: body, metadata lines, set-aside lines.
    static func kept(_ document: Document) -> [String] {
        PageReading.texts(document) + document.provenance.metadataLines + document.provenance.setAside.map(\.text)
    }

    @Test("a grid cell whose label the reader does not know is kept with its value")
    func unknownLabelsAreKept() throws {
        let grid = "<table class=\"xxgk\">"
            + "<tr><td>索引号：</td><td>11220581MB1234567X/2020-00012</td><td>发布机构：</td><td>临江市花山镇人民政府</td></tr>"
            + "<tr><td>实施日期：</td><td>2020-02-01</td><td>废止日期：</td><td>2025-01-31</td></tr>"
            + "<tr><td>所属机构：</td><td>花山镇党政办公室</td><td>有效期：</td><td>五年</td></tr>"
            + "<tr><td>备注</td><td></td></tr></table>"
        let document = try PageReading.read(Self.head + grid + Self.report + "</body></html>")
        let kept = Self.kept(document)
        for line in ["实施日期：2020-02-01", "废止日期：2025-01-31", "所属机构：花山镇党政办公室", "有效期：五年", "备注"] {
            #expect(kept.contains(line), "\(line) is lost")
        }
        #expect(document.metadata.indexNumber == "11220581MB1234567X/2020-00012")
        #expect(document.metadata.agency == "临江市花山镇人民政府")
    }

    @Test("grid cells read as pairs: known and unknown labels, a label without value, stray text")
    func gridPairs() throws {
        let pairs = try #require(MetadataLabels.pairs(in: [
            ["索 引 号：", "X-1", "实施日期：", "2020-02-01"],
            ["发布机构：", "有效期：", "五年"],
            ["说明", "主题分类：政务公开"],
        ]))
        #expect(pairs.map(MetadataLabels.line(of:)) == [
            "索引号：X-1", "实施日期：2020-02-01", "发布机构：", "有效期：五年", "说明", "主题分类：政务公开",
        ])
    }

    /// The same grid without `<table>`, as CMS templates write it.
    static let tablelessGrids = [
        "<dl class=\"zwgk-meta\"><dt>索引号：</dt><dd>11220581MB1234567X/2020-00012</dd><dt>发布机构：</dt>"
            + "<dd>临江市花山镇人民政府</dd>\n<dt>生成日期：</dt> <dd>2020-01-15</dd></dl>",
        "<ul class=\"info\"><li><span class=\"l\">索引号</span><span>11220581MB1234567X/2020-00012</span></li>"
            + "<li><span class=\"l\">发布机构</span><span>临江市花山镇人民政府</span></li>"
            + "<li><span class=\"l\">生成日期</span><span>2020-01-15</span></li></ul>",
        "<div class=\"xxgk-info\"><div class=\"row\"><div class=\"label\">索 引 号：</div><div class=\"value\">"
            + "11220581MB1234567X/2020-00012</div></div><div class=\"row\"><div class=\"label\">发布机构</div>"
            + "<div class=\"value\">临江市花山镇人民政府</div></div><div class=\"row\"><div class=\"label\">生成日期</div>"
            + "<div class=\"value\">2020-01-15</div></div></div>",
    ]

    @Test("a grid of dt/dd, label and value elements fills the metadata and stays out of the body",
          arguments: tablelessGrids)
    func tablelessGrid(grid: String) throws {
        let document = try PageReading.read(Self.head + grid + Self.report + "</body></html>")
        #expect(document.metadata.indexNumber == "11220581MB1234567X/2020-00012")
        #expect(document.metadata.agency == "临江市花山镇人民政府")
        #expect(document.metadata.publishedDate == "2020-01-15")
        #expect(PageReading.texts(document).first == "一、总体情况")
        #expect(document.provenance.metadataLines.contains("发布机构：临江市花山镇人民政府"))
    }

    @Test("a paragraph that is only a label word stays a paragraph")
    func proseLabelWordIsNotAPair() throws {
        let html = Self.head + "<div class=\"TRS_Editor\"><p>一、总体情况</p><p>分类</p><p>按照公开方式，全年主动公开政府信息70条。</p>"
            + "<p>花山镇2019年度共计公开信息数为70条，公开信息内容主要是对上级部门下发文件的通知，扫黑除恶、安全生产等工作。</p></div></body></html>"
        let document = try PageReading.read(html)
        #expect(PageReading.texts(document).contains("分类"))
        #expect(PageReading.texts(document).contains("按照公开方式，全年主动公开政府信息70条。"))
    }

    @Test("label lines padded with em and en spaces before the article fill the metadata")
    func paddedLabelLines() throws {
        let html = Self.head + "<div><p>文&emsp;&emsp;号：花政发〔2020〕3号</p><p>索&ensp;引&ensp;号：XX-1</p></div>" + Self.report + "</body></html>"
        let document = try PageReading.read(html)
        #expect(document.metadata.documentNumber == "花政发〔2020〕3号")
        #expect(document.metadata.indexNumber == "XX-1")
        #expect(document.provenance.metadataLines.contains("索\u{2002}引\u{2002}号：XX-1"))
    }

    @Test("every label of a disclosure catalogue's grid is a metadata line, none stays in the body")
    func catalogueGridLeavesTheBody() throws {
        let grid = "<table class=\"xxgk\">"
            + "<tr><td>索引号：</td><td>11220581MB1234567X/2020-00012</td><td>发布机构：</td><td>临江市花山镇人民政府</td></tr>"
            + "<tr><td>名称：</td><td>花山镇2019年政府信息公开工作年度报告</td><td>文件编号：</td><td>花政发〔2020〕3号</td></tr>"
            + "<tr><td>组配分类：</td><td>政府信息公开年报</td><td>体裁分类：</td><td>报告</td></tr>"
            + "<tr><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>面向社会</td></tr>"
            + "<tr><td>有效性：</td><td>有效</td><td>内容概述：</td><td>花山镇2019年政府信息公开工作情况</td></tr></table>"
        let document = try PageReading.read(Self.head + grid + Self.report + "</body></html>")
        #expect(PageReading.texts(document).first == "一、总体情况")
        #expect(document.provenance.metadataLines.count == 10)
        #expect(document.provenance.metadataLines.contains("文件编号：花政发〔2020〕3号"))
        #expect(document.metadata.documentNumber == "花政发〔2020〕3号")
    }

    @Test("a page holding only its grid and an embedded file says the body holds only metadata")
    func attachmentOnlyPage() throws {
        let grid = "<table class=\"xxgk\">"
            + "<tr><td>索引号：</td><td>11220581MB1234567X/2020-00012</td><td>发布机构：</td><td>临江市花山镇人民政府</td></tr>"
            + "<tr><td>名称：</td><td>花山镇2019年政府信息公开工作年度报告</td><td>生成日期：</td><td>2020-01-15</td></tr>"
            + "<tr><td>文号：</td><td>花政发〔2020〕3号</td><td>主题分类：</td><td>政务公开</td></tr></table>"
        let html = Self.head + grid + "<div class=\"TRS_Editor\"><iframe src=\"/pdfjs/web/viewer.html?file=/a.pdf\"></iframe></div></body></html>"
        let document = try PageReading.read(html)
        #expect(document.blocks.isEmpty)
        #expect(document.metadata.title == "花山镇2019年政府信息公开工作年度报告")
        #expect(document.provenance.diagnostics.contains {
            $0.severity == .warning && $0.message.hasPrefix("no report text in the page's body, only its metadata")
        })
    }

    @Test("a grid sharing its table with the article does not set the article aside again")
    func gridAndArticleInOneTable() throws {
        let sentence = "花山镇2019年度共计公开信息数为70条，公开信息内容主要是对上级部门下发文件的通知，扫黑除恶、安全生产、乡村振兴等工作的宣传。"
        let html = Self.head + "<table class=\"xxgk_detail\" border=\"1\">"
            + "<tr><td>索引号：</td><td>11220581MB1234567X/2020-00012</td><td>主题分类：</td><td>政务公开</td></tr>"
            + "<tr><td>发布机构：</td><td>临江市花山镇人民政府</td><td>生成日期：</td><td>2020-01-15</td></tr>"
            + "<tr><td colspan=\"4\"><div id=\"zoom\"><p>一、总体情况</p>" + String(repeating: "<p>\(sentence)</p>", count: 4)
            + "</div></td></tr></table></body></html>"
        let document = try PageReading.read(html)
        #expect(PageReading.texts(document).filter { $0 == sentence }.count == 4)
        #expect(document.metadata.indexNumber == "11220581MB1234567X/2020-00012")
        #expect(!document.provenance.setAside.contains { $0.text.contains(sentence) })
        #expect(!document.provenance.diagnostics.contains { $0.severity == .warning })
    }

    @Test("every line of a long grid above the title and print bar is a metadata line")
    func longGridInTheFrame() throws {
        let html = Self.head + "<div class=\"main\"><table class=\"xxgk_table\">"
            + "<tr><td>索引号：</td><td>11220581MB1234567X/2020-00012</td><td>主题分类：</td><td>政务公开</td></tr>"
            + "<tr><td>发布机构：</td><td>临江市花山镇人民政府</td><td>生成日期：</td><td>2020-01-15</td></tr>"
            + "<tr><td>名称：</td><td>花山镇2019年政府信息公开工作年度报告</td></tr>"
            + "<tr><td>文号：</td><td>花政发〔2020〕3号</td><td>发布日期：</td><td>2020-01-16</td></tr></table>"
            + "<h1>花山镇2019年政府信息公开工作年度报告</h1><div class=\"info\">发布时间：2020-01-16　来源：花山镇</div>"
            + "<div class=\"print\">【<a href=\"javascript:window.print()\">打印</a>】【<a href=\"javascript:window.close()\">关闭</a>】</div>"
            + "<div class=\"TRS_Editor\"><p>一、总体情况</p>" + String(repeating: "<p>\(Self.sentence)</p>", count: 6)
            + "</div></div></body></html>"
        let document = try PageReading.read(html)
        #expect(document.provenance.metadataLines.contains("索引号：11220581MB1234567X/2020-00012"))
        #expect(!document.provenance.setAside.contains { $0.text.hasPrefix("索引号") })
        #expect(PageReading.texts(document).first == "一、总体情况")
    }
}
