import DocumentModel
@testable import PortalHTMLPlugin
import Testing

/// A portal's metadata grid (索引号 / 发布机构 / 生成日期…) fills the metadata, stays out of the body,
/// and loses none of its cells, whatever labels it uses and however it is marked up.
@Suite("Metadata grids")
struct MetadataGridTests {
    static let head = PageRemainderTests.head
    static let report = "<div class=\"TRS_Editor\"><p>一、总体情况</p><p>花山镇2019年度共计公开信息数为70条，"
        + "公开信息内容主要是对上级部门下发文件的通知，扫黑除恶、安全生产、乡村振兴、扶贫以及党建等工作的宣传、规划。</p></div>"

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
}
