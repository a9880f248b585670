import DocumentModel
import ReportStructure
import Testing

@Suite("Tables with rule lines between rows: Markdown's |---|, grid borders")
struct MarkdownTableTests {
    static let rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "2"], ["规范性文件", "12", "3", "45"]]

    /// Each rule a converter writes under a header: Markdown's, with alignment colons, without outer pipes, `=` and box drawing.
    static let rules = [
        "|---|---|---|---|", "| --- | --- | --- | --- |", "|:---|:---:|---:|---|", "---|---|---|---", "|===|===|===|===|",
        "|───|───|───|───|",
    ]

    @Test(arguments: rules)
    func theRuleUnderAHeaderIsSetAsideAndTheHeaderIsTheTablesFirstRow(rule: String) throws {
        let outer = !rule.hasPrefix("---")
        let lines = Self.rows.map { outer ? "| " + $0.joined(separator: " | ") + " |" : $0.joined(separator: " | ") }
        let text = (["一、主动公开政府信息情况", lines[0], rule] + lines.dropFirst() + ["二、其他"]).joined(separator: "\n")
        let report = Structured.report(text)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.rows)
        #expect(report.setAside.map(\.text) == [rule])
        #expect(report.setAside.first?.reason == "table rule")
        #expect(Structured.paragraphs(report).isEmpty)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func gridBordersAboveBelowAndBetweenRowsAreSetAside() throws {
        let border = "|====|====|====|====|"
        let lines = Self.rows.map { "|" + $0.joined(separator: "|") + "|" }
        let text = ([border, lines[0], border, lines[1], "|----|----|----|----|", lines[2], border]).joined(separator: "\n")
        let report = Structured.report(text)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.rows)
        #expect(report.setAside.count == 4)
        #expect(report.setAside.allSatisfy { $0.reason == "table rule" })
    }

    /// `—`, `－` and `/` are how a statistics table writes nothing: they are figures, so the row
    /// holding them is not a rule, nor taken for the header (the header above stayed a paragraph).
    @Test(arguments: ["—", "－", "-", "/"])
    func aRowOfDashFiguresIsNotARuleNorTheHeader(dash: String) throws {
        let lines = ["| 信息内容 | 本年制发件数 | 本年废止件数 |", "| 规章 | \(dash) | \(dash) |", "| 规范性文件 | 12 | 3 |", "| 其他文件 | 5 | 1 |"]
        let report = Structured.report(lines.joined(separator: "\n"))
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.first?.map(\.text) == ["信息内容", "本年制发件数", "本年废止件数"])
        #expect(table.rows[1].map(\.text) == ["规章", dash, dash])
        #expect(report.setAside.isEmpty)
        #expect(report.diagnostics.isEmpty)
    }
}
