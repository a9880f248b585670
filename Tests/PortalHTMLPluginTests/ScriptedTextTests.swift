import DocumentModel
import Testing

/// A footnote mark in `<sup>` must not join the figure before it: `4<sup>1</sup>` read as `41`.
@Suite("Superscript and subscript text")
struct ScriptedTextTests {
    static func page(_ body: String) -> String {
        "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><div class=\"article\">\(body)</div></body></html>"
    }

    @Test func aFootnoteMarkInATableCellStaysApartFromTheFigure() throws {
        let rows = "<tr><th>项目</th><th>件数</th></tr><tr><td>收到申请</td><td>4<sup>1</sup></td></tr><tr><td>办结</td><td>12<sup>(2)</sup></td></tr>"
        let document = try PageReading.read(Self.page("<p>一、统计</p><table border=\"1\">\(rows)</table>"))
        let table = try #require(PageReading.tables(document).first)
        #expect(table.rows.map { $0.map(\.text) } == [["项目", "件数"], ["收到申请", "4¹"], ["办结", "12⁽²⁾"]])
    }

    @Test(arguments: [
        ("面积120m<sup>2</sup>。", "面积120m²。"), ("CO<sub>2</sub>排放", "CO₂排放"),
        ("共3件<sup>[1]</sup>", "共3件[1]"), ("共3件<sup>注</sup>", "共3件注"), ("第１<sup>１０</sup>项", "第１¹⁰项"),
    ])
    func textKeepsWhatHasNoScriptedForm(html: String, text: String) throws {
        let document = try PageReading.read(Self.page("<p>\(html)</p>"))
        #expect(PageReading.texts(document) == [text])
    }
}
