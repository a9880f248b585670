import DocumentModel
import Testing

/// A data table keeps its caption and, with a table nested in a cell, its own rows.
@Suite("Table captions and nested tables")
struct TableStructureTests {
    static func page(_ table: String) -> String {
        "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><div id=\"content\"><p>一、总体情况</p>"
            + "<p>本年度主动公开政府信息共计一千二百三十四条，其中规范性文件十二件，部门文件三十件。</p>\(table)<p>二、其他</p></div></body></html>"
    }

    @Test("the caption comes before the table, with or without thead", arguments: [
        "<table><caption>表一：主动公开情况统计表</caption><thead><tr><th>信息内容</th><th>数量</th></tr></thead><tr><td>规章</td><td>5</td></tr></table>",
        "<table><caption>表一：主动公开情况统计表</caption><tr><th>信息内容</th><th>数量</th></tr><tr><td>规章</td><td>5</td></tr></table>",
        "<table><caption>表一：主动公开情况统计表</caption><thead><tr><th>信息内容</th><th>数量</th></tr></thead><tbody><tr><td>规章</td><td>5</td></tr></tbody></table>",
    ])
    func caption(table: String) throws {
        let document = try PageReading.read(Self.page(table))
        let texts = PageReading.texts(document)
        let caption = try #require(texts.firstIndex(of: "表一：主动公开情况统计表"))
        #expect(texts[caption + 1] == "信息内容")
        #expect(PageReading.tables(document).count == 1)
    }

    @Test func nestedTableKeepsTheOuterTable() throws {
        let table = "<table border=1><tr><td>外层A</td><td><table><tr><td>内层1</td><td>内层2</td></tr><tr><td>内层3</td><td>88</td></tr></table></td></tr><tr><td colspan=2>合计 99</td></tr></table>"
        let document = try PageReading.read(Self.page(table))
        let tables = PageReading.tables(document)
        try #require(tables.count == 1)
        #expect(tables[0].rows.map { $0.map(\.text) } == [["外层A", "内层1 内层2 内层3 88"], ["合计 99"]])
        #expect(tables[0].rows[1][0].colSpan == 2)
        #expect(document.provenance.diagnostics.contains { $0.severity == .info && $0.message.contains("nested in a cell") })
    }

    @Test("tables nested two deep are page layout: walked through, every cell a line")
    func deeplyNestedLayout() throws {
        let inner = "<table><tr><td>甲1</td><td>乙2</td></tr><tr><td>丙3</td><td>丁4</td></tr></table>"
        let table = "<table><tr><td>左栏</td><td><table><tr><td>\(inner)</td></tr></table></td></tr><tr><td>下</td><td>栏</td></tr></table>"
        let document = try PageReading.read(Self.page(table))
        #expect(PageReading.tables(document).map { $0.rows.map { $0.map(\.text) } } == [[["甲1", "乙2"], ["丙3", "丁4"]]])
        #expect(PageReading.texts(document).contains("左栏"))
    }
}
