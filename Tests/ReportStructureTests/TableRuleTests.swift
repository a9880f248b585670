import DocumentModel
import ReportStructure
import Testing

@Suite("Tables flattened by scraping: one cell per line, and | cells with row marks")
struct TableRuleTests {
    static let channels = """
    截止2017年12月31日,全区累计主动公开政府信息4253条。

    公开渠道

    政府公报

    政府网站

    其他方式

    总数

    数量

    117

    2373

    581

    4253

    百分比

    13.8%

    55.8%

    34.2%

    100%

    在全部公开信息中,从业务角度划分。
    """

    @Test func oneCellPerLineBecomesAThreeByFiveTable() throws {
        let report = Structured.report(Self.channels)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == [
            ["公开渠道", "政府公报", "政府网站", "其他方式", "总数"],
            ["数量", "117", "2373", "581", "4253"],
            ["百分比", "13.8%", "55.8%", "34.2%", "100%"],
        ])
        #expect(report.blocks.count == 3)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func labelledRowsWithoutAHeaderBecomeATable() throws {
        let report = Structured.report("说明。\n主动公开\n4251\n516\n依申请公开\n0\n0\n行政复议\n0\n0")
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.count == 3)
        #expect(table.columnCount == 3)
    }

    @Test func aRunWhoseCellsFitNoGridStaysParagraphsWithADiagnostic() {
        let text = "公开渠道\n政府公报\n政府网站\n数量\n117\n2373\n581\n百分比\n13.8%"
        let report = Structured.report(text)
        #expect(Structured.tables(report).isEmpty)
        #expect(Structured.paragraphs(report).count == 9)
        #expect(report.diagnostics.count == 1)
    }

    @Test func shortLinesWithoutFiguresAreNotATable() {
        let text = "第一卷 小亭长\n逃走\n唉\n好\n行\n来了"
        let report = Structured.report(text)
        #expect(Structured.tables(report).isEmpty)
        #expect(report.diagnostics.isEmpty)
    }

    @Test(arguments: ["|", "||", "|||", "||||"])
    func aLineOfPipesAloneIsSetAsideNotDropped(line: String) {
        let report = Structured.report("正文第一段。\n\(line)\n正文第二段。")
        #expect(Structured.paragraphs(report).count == 2)
        #expect(report.setAside.map(\.text) == [line])
    }

    static let pipeTables = """
    二、主动公开政府信息情况
    第二十条第(一)项 |
    ||||
    信息内容 |
    本年新制作数量 |
    本年新公开数量 |
    对外公开总数量 |
    |
    规章 |
    0 |
    0 |
    3 |
    |
    规范性文件 |
    |
    |
    |
    |
    第二十条第(八)项 |
    ||||
    信息内容 |
    上一年项目数量 |
    本年增/减 |
    ||
    行政事业性收费 |
    |
    |
    三、收到和处理政府信息公开申请情况
    """

    @Test func pipeCellsBecomeTablesWithTitleRows() throws {
        let report = Structured.report(Self.pipeTables)
        let tables = Structured.tables(report)
        try #require(tables.count == 2)
        #expect(tables[0].rows[0] == [TableCell("第二十条第(一)项", colSpan: 4)])
        #expect(tables[0].rows[1].map(\.text) == ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"])
        #expect(tables[0].rows[2].map(\.text) == ["规章", "0", "0", "3"])
        #expect(tables[0].rows[3].map(\.text) == ["规范性文件", "", "", ""])
        #expect(tables[1].rows.map(\.count) == [1, 3, 3])
        #expect(report.setAside.allSatisfy { $0.reason == "table row mark" })
        #expect(Structured.headings(report).map(\.numbering) == ["二、", "三、"])
    }

    @Test func pipeCellsWithUnrecoverableSpansStayParagraphsWithADiagnostic() {
        let text = "申请人情况 |\n||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n|||||\n一、本年新收政府信息公开申请数量 |\n|\n|\n|\n||"
        let report = Structured.report(text)
        #expect(Structured.tables(report).isEmpty)
        #expect(Structured.paragraphs(report).first == "申请人情况 |")
        #expect(Structured.headings(report).isEmpty)
        #expect(report.diagnostics.count == 1)
    }

    @Test func tablesFromTheReaderPassThrough() {
        let table = Table(rows: [[TableCell("指标"), TableCell("数量")], [TableCell("主动公开"), TableCell("12")]])
        let items: [SourceItem] = [.line("一、概述"), .table(table), .line("正文。")]
        let report = ReportStructurer().structure(items)
        #expect(report.blocks[1] == .table(table))
        #expect(ContentAccounting.unaccounted(source: items, report: report).isEmpty)
    }

    @Test func aTableGluedIntoTextIsReportedNotGuessed() {
        let line = "第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件898989第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可3960181"
        let report = Structured.report(line)
        #expect(report.blocks == [.paragraph(line)])
        #expect(report.diagnostics.count == 1)
    }

    @Test func proseAboutTheTableIsNotAGluedTable() {
        let line = "本报告中的信息内容统计口径与上年一致，本年新增的公开事项在附表中列明，各单位报送的数据均已经过审核，数据截至2019年12月31日。"
        let report = Structured.report(line)
        #expect(report.diagnostics.isEmpty)
    }
}
