import DocumentModel
import Testing

/// A data table keeps its caption.
@Suite("Table captions")
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
}
