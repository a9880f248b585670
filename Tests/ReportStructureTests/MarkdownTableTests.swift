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

@Suite("Blank cells of a table given one row per line")
struct BlankCellTests {
    /// Rows of the 2019 table 三 where a blank cell means none, as a spreadsheet's copy or a `|` scraper writes them.
    static let rows = [
        ["4.保护第三方合法权益", "2", "", "3", "", "3", "1", "9"],
        ["5.属于三类内部事务信息", "3", "120", "15", "", "", "3", "141"],
        ["6.属于四类过程性信息", "3", "15", "", "1", "", "3", "22"],
    ]

    @Test(arguments: ["|", "\t"])
    func aBlankCellKeepsItsColumn(separator: String) throws {
        let lines = Self.rows.map { separator == "|" ? "| " + $0.joined(separator: " | ") + " |" : $0.joined(separator: separator) }
        let table = try #require(Structured.tables(Structured.report(lines.joined(separator: "\n"))).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.rows)
    }

    /// Columns aligned by hand with runs of tabs: each run is one separator, as the widths say.
    @Test func tabsAlignedByHandAreOneSeparatorARun() throws {
        let text = "信息内容\t\t本年制发件数\t本年废止件数\n规章\t\t\t0\t2\n规范性文件\t\t12\t45\n其他\t\t\t3\t4"
        let table = try #require(Structured.tables(Structured.report(text)).first)
        #expect(table.rows.map { $0.map(\.text) } == [["信息内容", "本年制发件数", "本年废止件数"], ["规章", "0", "2"], ["规范性文件", "12", "45"], ["其他", "3", "4"]])
    }

    /// A pre-2019 row and a 2019 grid row that write none as a dash: a table row, not a heading.
    @Test(arguments: ["三、行政复议数量  件  —\n四、行政诉讼数量  件  0\n五、依申请公开收费  元  －", "一、本年新收政府信息公开申请数量\t5\t—\t—\t5\n二、上年结转政府信息公开申请数量\t—\t2\t—\t2\n（一）予以公开\t4\t—\t—\t4"])
    func aRowWithDashFiguresIsNoHeading(text: String) throws {
        let report = Structured.report(text)
        #expect(Structured.headings(report).isEmpty)
        #expect(try #require(Structured.tables(report).first).rows.count == 3)
    }
}

@Suite("A lone statistics row that writes none as a dash")
struct DashRowLabelTests {
    @Test(arguments: ["三、行政复议数量  件  —", "三、行政复议数量  件  －", "二、上年结转政府信息公开申请数量 — — 2"])
    func isNoSectionHeading(row: String) {
        let report = Structured.report("本年度情况如下。\n\(row)\n以上情况属实。")
        #expect(Structured.headings(report).isEmpty)
    }
}

@Suite("Blank cells in columns aligned with spaces")
struct SpaceAlignedBlankTests {
    /// The middle rows left two cells blank: with spaces, nothing says which.
    static let text = """
    1.属于国家秘密  120  3  2  1  15  15  156
    2.其他法律行政法规禁止公开  3  1  3  3  2  1  13
    3.危及“三安全一稳定”  3  2  3  120  4  1  133
    4.保护第三方合法权益  2      3      3  1  9
    5.属于三类内部事务信息  3  120  15          3  141
    6.属于四类过程性信息  3  15      1      3  22
    7.属于行政执法案卷  15  2  3  1  3  1  25
    """

    @Test func rowsBesideWiderRowsAreNoTableOfTheirOwn() throws {
        let report = Structured.report(Self.text)
        for table in Structured.tables(report) {
            #expect(table.rows.allSatisfy { $0.count == 8 }, "\(table.rows.map { $0.map(\.text) })")
        }
        #expect(Structured.paragraphs(report).contains("4.保护第三方合法权益  2      3      3  1  9"))
        #expect(report.diagnostics.contains { $0.message.contains("blank cells in columns aligned with spaces") })
    }
}
