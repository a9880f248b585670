import DocumentModel
import ReportStructure
import Testing

@Suite("Table rows a PDF extractor wrote with single spaces between cells")
struct SingleSpaceRowTests {
    /// pdftotext's default output of table 三 of the 2021 template (as /work/shared/corpus/021.txt).
    static let rows = """
    三、收到和处理政府信息公开申请情况
    一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119
    二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34
    （一）予以公开 1288 21 0 0 50 3 1362
    1.属于国家秘密 2 0 0 0 0 0 2
    2.其他法律行政法规禁止公开 30 1 0 0 0 0 31
    四、政府信息公开行政复议、行政诉讼情况
    全年未发生行政复议。
    """

    @Test func aRunOfLabelsWithSingleSpacedFiguresIsATable() throws {
        let report = Structured.report(Self.rows)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == [
            ["一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119"],
            ["二、上年结转政府信息公开申请数量", "34", "0", "0", "0", "0", "0", "34"],
            ["（一）予以公开", "1288", "21", "0", "0", "50", "3", "1362"],
            ["1.属于国家秘密", "2", "0", "0", "0", "0", "0", "2"],
            ["2.其他法律行政法规禁止公开", "30", "1", "0", "0", "0", "0", "31"],
        ])
        #expect(Structured.headings(report).map(\.numbering) == ["三、", "四、"])
        #expect(report.diagnostics.isEmpty)
    }

    /// Sentences and lists with numbers: a token after the first that is no figure, sentence
    /// punctuation or a colon in the first, a first token without CJK, or a single figure.
    static let prose = [
        "全年共收到申请 3 件\n其中予以公开 2 件\n不予公开 1 件",
        "全年办结。 3 5\n如下。 2 4\n以上。 1 1",
        "电话： 0439 5321234\n传真： 0439 5321235\n邮编： 134600 1",
        "Page 3 5\nTotal 4 6\nSum 7 8",
        "行政处罚 3985758\n行政强制 88283\n行政许可 1286",
        "2021 1 2\n2022 3 4\n2023 5 6",
    ]

    @Test(arguments: prose)
    func linesThatAreNoRowsStayParagraphs(text: String) {
        let report = Structured.report("一、概述\n\(text)\n正文。")
        #expect(Structured.tables(report).isEmpty)
        #expect(Structured.paragraphs(report).count == 4)
    }

    /// A blank cell leaves no trace between single spaces: rows of another number of figures
    /// cannot be placed, and no table puts figures in the wrong columns.
    @Test func rowsOfUnequalFiguresMakeNoTable() {
        let report = Structured.report("一、概述\n规章 0 0 0\n规范性文件 3 1\n其他文件 1 2 3\n正文。")
        #expect(Structured.tables(report).isEmpty)
    }
}
