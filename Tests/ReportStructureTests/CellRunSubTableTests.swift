import DocumentModel
import ReportStructure
import Testing

/// The 2019 template's small tables copied one cell per line from a PDF.
@Suite("Tables flattened one cell per line: captions, headers, dashes")
struct CellRunSubTableTests {
    /// The (五) and (六) tables: the second's caption and header must not become the cells of a row of the first.
    @Test func theNextTablesCaptionAndHeaderAreNoRowOfTheTableAbove() {
        let cells = [
            "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "1,024",
            "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "356", "行政强制", "7",
        ]
        let report = Structured.report((["二、主动公开政府信息情况"] + cells).joined(separator: "\n"))
        for table in Structured.tables(report) {
            for row in table.rows {
                let texts = row.map(\.text)
                #expect(!(texts.contains("信息内容") && texts.contains { $0.first?.isNumber == true }), "\(texts)")
                #expect(!(texts.contains("第二十条第（六）项") && texts.count > 1), "\(texts)")
            }
        }
    }

    /// 一、 … rows of the 2019 table 二 one cell per line, none written as a dash.
    @Test(arguments: ["—", "－", "/"])
    func dashFiguresMakeTheSameTableAsZeros(dash: String) throws {
        func cells(_ zero: String) -> String {
            [
                "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
                "规章", zero, zero, "3", "规范性文件", "12", "3", "45", "其他文件", "5", zero, "1",
            ].joined(separator: "\n")
        }
        let zeros = try #require(Structured.tables(Structured.report(cells("0"))).first)
        let dashes = try #require(Structured.tables(Structured.report(cells(dash))).first)
        #expect(dashes.rows.map { $0.map { $0.text == dash ? "0" : $0.text } } == zeros.rows.map { $0.map(\.text) })
    }
}
