import DocumentModel
import ReportStructure
import Testing

@Suite("Tables given one row per line: | cells, tabs, aligned spaces")
struct RowLineTableTests {
    /// The 2019 table 二 in each row-per-line form a converter or scraper leaves.
    static let forms: [(name: String, separator: String, rowEnd: String)] = [
        ("pipes", "|", "|"), ("tabs", "\t", ""), ("spaces", "  ", ""), ("full-width spaces", "\u{3000}", ""),
    ]

    @Test(arguments: forms.map(\.name))
    func aRowPerLineTableIsRebuilt(form: String) throws {
        let (_, separator, rowEnd) = try #require(Self.forms.first { $0.name == form })
        let rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "2"], ["规范性文件", "12", "3", "45"]]
        let lines = rows.map { $0.joined(separator: separator) + rowEnd }
        let report = Structured.report((["二、主动公开政府信息情况"] + lines + ["三、其他"]).joined(separator: "\n"))
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == rows)
        #expect(Structured.headings(report).map(\.text) == ["主动公开政府信息情况", "其他"])
        #expect(Structured.paragraphs(report).isEmpty)
    }

    /// The pre-2019 statistics template: a header, section rows across the table, label, unit and figure.
    static let template = """
    附表：政府信息公开情况统计表
    统计指标  单位  统计数
    一、主动公开情况
    （一）主动公开政府信息数  条  1520
    其中：主动公开规范性文件数  条  36
    （二）通过不同渠道和方式公开政府信息的情况
    1.政府公报公开政府信息数  条  120
    二、依申请公开情况
    （一）收到申请数  件  18
    三、行政复议数量  件  1
    四、行政诉讼数量  件  0
    """

    @Test func sectionRowsSpanTheTableAndNoneBecomesAHeading() throws {
        let report = Structured.report(Self.template)
        #expect(Structured.headings(report).isEmpty)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.count == 10)
        #expect(table.rows[0].map(\.text) == ["统计指标", "单位", "统计数"])
        #expect(table.rows[1] == [TableCell("一、主动公开情况", colSpan: 3)])
        #expect(table.rows[9].map(\.text) == ["四、行政诉讼数量", "件", "0"])
        #expect(Structured.paragraphs(report) == ["附表：政府信息公开情况统计表"])
    }

    @Test func rowsWithFewerLabelsSpanTheLabelColumns() throws {
        let text = """
        一、本年新收政府信息公开申请数量\t20\t9\t29
        三、本年度办理结果\t（一）予以公开\t2\t5\t7
        （二）部分公开\t5\t35\t40
        """
        let table = try #require(Structured.tables(Structured.report(text)).first)
        #expect(table.columnCount == 5)
        #expect(table.rows[0][0] == TableCell("一、本年新收政府信息公开申请数量", colSpan: 2))
        #expect(table.rows[1].map(\.text) == ["三、本年度办理结果", "（一）予以公开", "2", "5", "7"])
        #expect(table.rows[2].map(\.colSpan) == [2, 1, 1, 1])
    }

    @Test func rowsThatShareNoWidthStayParagraphsWithADiagnostic() {
        let text = "行政复议\t行政诉讼\t其他\n结果维持\t结果纠正\t总计\n3\t1\t0\t0\t4\t2\n五、存在的主要问题\n问题如下。"
        let report = Structured.report(text)
        #expect(Structured.tables(report).isEmpty)
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.message.contains("lines 1-3") == true)
    }

    @Test(arguments: ["|", ""])
    func aCaptionAboveTheHeaderIsARowAcrossTheTable(rowEnd: String) throws {
        let lines = ["第二十条第（一）项", "信息内容|本年制发件数|本年废止件数", "规章|0|0", "规范性文件|12|3"].map { $0 + rowEnd }
        let report = Structured.report((["二、主动公开政府信息情况"] + lines).joined(separator: "\n"))
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows[0] == [TableCell("第二十条第（一）项", colSpan: 3)])
        #expect(table.rows.count == 4)
        #expect(Structured.headings(report).map(\.text) == ["主动公开政府信息情况"])
    }

    @Test func aHeaderOfSeveralLinesStaysParagraphsWithADiagnostic() throws {
        let text = "申请人情况\t自然人\t法人\n商业企业\t科研机构\n一、本年新收\t20\t9\n二、上年结转\t6\t23\n四、结转下年度\t17\t8"
        let report = Structured.report(text)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.count == 3)
        #expect(Structured.paragraphs(report).count == 2)
        #expect(report.diagnostics.map(\.message).first?.hasPrefix("lines 1-2 look like the header") == true)
    }

    @Test(arguments: [
        "某某县人民政府办公室  2021年1月20日\n联系人  张三\n电话  12345678",
        "第一段  很长的正文。\n第二段  也是正文。\n第三段  还是正文。",
        "规章  0\n规范性文件  12\n其他文件  3",
    ])
    func linesWithoutTheShapeOfATableStayAsTheyAre(text: String) {
        let report = Structured.report(text)
        #expect(Structured.tables(report).isEmpty)
    }
}

@Suite("A table flattened one cell per line whose rows have different label counts")
struct LabelledCellRunTests {
    @Test func rowsOfLabelsAndFiguresBecomeATableAndTheHeaderStaysParagraphs() throws {
        let report = Structured.report(RowLabelTests.flatRows)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == [
            ["一、本年新收政府信息公开申请数量", "20", "9"], ["二、上年结转政府信息公开申请数量", "6", "23"],
            ["三、本年度办理结果", "（一）予以公开", "2", "5"], ["四、结转下年度继续办理", "17", "8"],
        ])
        #expect(table.rows[0][0].colSpan == 2)
        #expect(Structured.paragraphs(report).prefix(3) == ["申请人情况", "自然人", "法人或其他组织"])
        #expect(report.diagnostics.map(\.message).first?.hasPrefix("lines 2-4 look like part of a table") == true)
    }
}
