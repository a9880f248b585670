import DocumentModel
import ReportStructure
import Testing

@Suite("Numbered row labels of statistics tables are never section headings")
struct RowLabelTests {
    /// Rows of the pre-2019 statistics template (label, unit, figure) standing apart, between
    /// sentences, so no table is made of them.
    static let template = """
    某某市林业局2016年政府信息公开工作年度报告
    一、概述
    全年主动公开政府信息1520条。
    （一）收到申请数  件  18
    全年收到申请18件。
    三、行政复议数量  件  1
    全年发生行政复议1件。
    四、行政诉讼数量  条  1520
    全年未发生行政诉讼。
    """

    @Test func aNumberedLineEndingInAUnitAndAFigureStaysOneParagraph() {
        let report = Structured.report(Self.template)
        #expect(Structured.headings(report).map(\.text) == ["概述"])
        let paragraphs = Structured.paragraphs(report)
        #expect(paragraphs.contains("三、行政复议数量  件  1"))
        #expect(paragraphs.contains("四、行政诉讼数量  条  1520"))
        #expect(paragraphs.contains("（一）收到申请数  件  18"))
    }

    @Test(arguments: ["一、概述  件", "（二）工作 2020年", "三、主要问题  人员 1 名"])
    func aHeadingWithoutAUnitAndFigureAtItsEndStaysAHeading(line: String) {
        let report = Structured.report("\(line)\n正文第一段。")
        #expect(Structured.headings(report).count == 1)
    }

    /// The 2019 standard table 三, one cell per line, with its numbered row labels.
    static let flatRows = """
    三、收到和处理政府信息公开申请情况
    申请人情况
    自然人
    法人或其他组织
    一、本年新收政府信息公开申请数量
    20
    9
    二、上年结转政府信息公开申请数量
    6
    23
    三、本年度办理结果
    （一）予以公开
    2
    5
    四、结转下年度继续办理
    17
    8
    四、政府信息公开行政复议、行政诉讼情况
    全年未发生行政复议。
    """

    @Test func numberedLabelsFollowedByFiguresAreCellsNotHeadings() {
        let report = Structured.report(Self.flatRows)
        #expect(Structured.headings(report).map(\.numbering) == ["三、", "四、"])
        let cells = Structured.tables(report).flatMap { $0.rows.flatMap { $0.map(\.text) } }
        for label in ["一、本年新收政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开", "四、结转下年度继续办理"] {
            #expect(Structured.paragraphs(report).contains(label) || cells.contains(label), "\(label)")
        }
        #expect(report.diagnostics.count == 1)
    }

    @Test func cellRunsWithNumberedLabelsRebuildWhereTheGridFits() throws {
        let report = Structured.report("说明如下。\n项目\n本年\n上年\n一、收到申请数\n20\n9\n二、办结申请数\n18\n7\n以上。")
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == [["项目", "本年", "上年"], ["一、收到申请数", "20", "9"], ["二、办结申请数", "18", "7"]])
        #expect(Structured.headings(report).isEmpty)
    }

    @Test func aHeadingFollowedByOneFigureStaysAHeading() {
        let report = Structured.report("一、概述\n1\n正文第一段。")
        #expect(Structured.headings(report).map(\.text) == ["概述"])
    }

    @Test func aCaptionAboveTheHeaderBecomesARowAcrossTheTable() throws {
        let text = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n2\n规范性文件\n12\n3\n45\n三、其他"
        let report = Structured.report(text)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows[0] == [TableCell("第二十条第（一）项", colSpan: 4)])
        #expect(table.rows.dropFirst().map { $0.map(\.text) } == [
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "2"], ["规范性文件", "12", "3", "45"],
        ])
        #expect(report.diagnostics.isEmpty)
    }
}
