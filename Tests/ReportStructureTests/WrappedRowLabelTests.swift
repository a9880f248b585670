import DocumentModel
import ReportStructure
import Testing

@Suite("Row labels wrapped inside their cell, and section titles before a table's figures")
struct WrappedRowLabelTests {
    static let label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"

    /// pdftotext's default output of table 三: one cell per line, the long label in two lines.
    static let cells = """
    三、收到和处理政府信息公开申请情况
    （一）予以公开
    8
    1
    9
    （二）部分公开（区分处理的，
    只计这一情形，不计其他情形）
    2
    0
    2
    （三）不予公开
    1
    0
    1
    四、结转下年度继续办理
    1
    1
    2
    """

    @Test func aWrappedLabelInACellRunIsOneCell() throws {
        let report = Structured.report(Self.cells)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == [
            ["（一）予以公开", "8", "1", "9"], [Self.label, "2", "0", "2"], ["（三）不予公开", "1", "0", "1"], ["四、结转下年度继续办理", "1", "1", "2"],
        ])
        #expect(Structured.headings(report).map(\.numbering) == ["三、"])
        #expect(report.diagnostics.isEmpty)
    }

    /// pdftotext -raw: the label wraps inside a row written on one line.
    @Test(arguments: [" ", "  "])
    func aWrappedLabelBeforeARowLineIsOneCell(space: String) throws {
        let rows = ["（一）予以公开 1288 21 1362", "（二）部分公开（区分处理的，只计这一情", "形，不计其他情形） 447 7 454", "（三）不予公开 5 0 5"]
        let text = "三、收到和处理政府信息公开申请情况\n" + rows.map { $0.replacingOccurrences(of: " ", with: space) }.joined(separator: "\n")
        let report = Structured.report(text)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.map { $0.map(\.text) } == [
            ["（一）予以公开", "1288", "21", "1362"], [Self.label, "447", "7", "454"], ["（三）不予公开", "5", "0", "5"],
        ])
    }

    /// Without figures after them, or with the bracket closed on the first line, lines stay apart.
    @Test(arguments: [
        "（二）部分公开（区分处理的，\n只计这一情形）\n正文第一段。",
        "（二）部分公开（区分处理的）\n只计这一情形）\n2\n0",
        "（二）部分公开（区分处理的，\n只计这一情形\n2\n0",
    ])
    func linesThatAreNoWrappedLabelStayApart(text: String) {
        let report = Structured.report("一、概述\n\(text)")
        let texts = Structured.paragraphs(report) + Structured.headings(report).map { ($0.numbering ?? "") + $0.text }
        #expect(!texts.contains { $0.contains("区分处理的，只计") || $0.contains("区分处理的）只计") })
    }

    /// pdfminer's output of table 四: the figures come right after the section title.
    @Test func aSectionTitleBeforeFiguresStaysAHeading() {
        let text = "注：表中“其他”指除上述类型以外的法人或其他组织。\n四、政府信息公开行政复议、行政诉讼情况\n0\n0\n0\n0\n0\n0\n行政复议\n行政诉讼\n五、存在的主要问题及改进情况\n正文。"
        let report = Structured.report(text)
        #expect(Structured.headings(report).map(\.numbering) == ["四、", "五、"])
    }
}
