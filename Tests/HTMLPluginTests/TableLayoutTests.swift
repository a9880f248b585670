import DocumentModel
import HTMLPlugin
import Testing

@Suite("Table layout: numbers and header rows")
struct TableLayoutTests {
    @Test(arguments: ["0", "4253", "4,253", "13.8%", "100%", "-2", "+3.5", "１２３", "１２．５％", "2‰", " 12 ", "−7", "0.5"])
    func numbers(_ text: String) {
        #expect(TableLayout.isNumeric(text))
    }

    @Test(arguments: ["", "—", "%", "12件", "一百", "2017年", "1.2.3", "1 2", "12%%", "数量", ",12", "3-4", "12 %"])
    func notNumbers(_ text: String) {
        #expect(!TableLayout.isNumeric(text))
    }

    static func table(_ rows: [[String]]) -> Table {
        Table(rows: rows.map { $0.map { TableCell($0) } })
    }

    @Test func wordsOverNumbersIsAHeader() {
        #expect(TableLayout.headerRowCount(Self.table([["项目", "数量"], ["申请", "12"]])) == 1)
    }

    @Test func numbersInTheFirstRowMeanNoHeader() {
        #expect(TableLayout.headerRowCount(Self.table([["2016", "2017"], ["12", "13"]])) == 0)
    }

    @Test func wordsOnlyMeansNoHeader() {
        #expect(TableLayout.headerRowCount(Self.table([["甲", "乙"], ["丙", "丁"]])) == 0)
    }

    @Test func oneRowIsNeverAHeader() {
        #expect(TableLayout.headerRowCount(Self.table([["项目", "数量"]])) == 0)
        #expect(TableLayout.headerRowCount(Table(rows: [])) == 0)
    }

    @Test func rowSpansInTheHeaderExtendIt() {
        let table = Table(rows: [
            [TableCell("类别", rowSpan: 2), TableCell("申请情况", colSpan: 2)],
            [TableCell("件数"), TableCell("比例")],
            [TableCell("当面"), TableCell("3"), TableCell("30%")],
        ])
        #expect(TableLayout.headerRowCount(table) == 2)
    }

    @Test func twoRowHeaderOfTheWideSample() throws {
        let block = try #require(SampleDocuments.wide.blocks.first { $0.kind == .table })
        guard case .table(let table) = block else { return }
        #expect(TableLayout.headerRowCount(table) == 2)
    }

    /// The 2019 report form: a title row spanning the table, column labels, then blank data slots.
    @Test func titleRowAndLabelsOverBlankSlotsAreTheHeader() {
        let table = Table(rows: [
            [TableCell("第二十条第(一)项", colSpan: 4)],
            [TableCell("信息内容"), TableCell("本年新制作数量"), TableCell("本年新公开数量"), TableCell("对外公开总数量")],
            [TableCell("规章"), TableCell(""), TableCell(""), TableCell("")],
            [TableCell("规范性文件"), TableCell(""), TableCell(""), TableCell("")],
        ])
        #expect(TableLayout.headerRowCount(table) == 2)
    }

    @Test func aBlankCornerCellStillMakesAHeader() {
        #expect(TableLayout.headerRowCount(Self.table([["", "件数", "比例"], ["当面", "3", "30%"]])) == 1)
    }

    @Test func sectionRowsInTheBodyAreNotPulledIntoTheHeader() {
        let table = Table(rows: [
            [TableCell("指标"), TableCell("数量")],
            [TableCell("申请人情况", colSpan: 2)],
            [TableCell("自然人"), TableCell("5")],
        ])
        #expect(TableLayout.headerRowCount(table) == 1)
    }

    @Test func blankRowsFirstMeanNoHeader() {
        #expect(TableLayout.headerRowCount(Self.table([["", ""], ["项目", "1"]])) == 0)
        #expect(TableLayout.headerRowCount(Table(rows: [[], [TableCell("1")]])) == 0)
    }

    @Test func aSpanReachingTheNumbersMeansNoHeader() {
        let table = Table(rows: [
            [TableCell("类别", rowSpan: 3), TableCell("件数")],
            [TableCell("3")],
            [TableCell("4")],
        ])
        #expect(TableLayout.headerRowCount(table) == 0)
    }
}
