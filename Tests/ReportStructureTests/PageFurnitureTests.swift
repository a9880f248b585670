import DocumentModel
import ReportStructure
import Testing

@Suite("Page numbers and running headers of PDF-extracted text are set aside, and tables continue across them")
struct PageFurnitureTests {
    static let pageNumbers = ["- 2 -", "-2-", "— 2 —", "－2－", "第 3 页 共 5 页", "第3页", "第3页，共5页", "3/5", "3 / 5"]

    /// Table 一 of the 2019 template flattened one cell per line (pdftotext's default output),
    /// with `line` between two of its rows or inside a row.
    static func flatTable(_ line: String, insideRow: Bool) -> String {
        let split = insideRow ? "规章\n0\n\(line)\n0\n0\n" : "规章\n0\n0\n0\n\(line)\n"
        return "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n"
            + split + "行政规范性文件\n3\n1\n12\n三、其他\n正文。"
    }

    @Test(arguments: pageNumbers, [false, true])
    func aCellRunContinuesAcrossAPageNumber(line: String, insideRow: Bool) throws {
        let report = Structured.report(Self.flatTable(line, insideRow: insideRow))
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.dropFirst().map { $0.map(\.text) } == [
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"], ["行政规范性文件", "3", "1", "12"],
        ])
        #expect(report.setAside == [SetAsideLine(line, reason: "page number")])
        #expect(!Structured.paragraphs(report).contains(line))
        #expect(report.diagnostics.isEmpty)
    }

    @Test(arguments: pageNumbers)
    func aRowLineTableContinuesAcrossAPageNumber(line: String) throws {
        let text = "说明如下。\n项目  本年  上年  合计\n一、收到申请数  20  9  29\n\(line)\n二、办结申请数  18  7  25\n三、结转  2  2  4\n以上。"
        let report = Structured.report(text)
        let table = try #require(Structured.tables(report).first)
        #expect(table.rows.count == 4)
        #expect(table.rows.last?.map(\.text) == ["三、结转", "2", "2", "4"])
        #expect(report.setAside.map(\.reason) == ["page number"])
    }

    @Test(arguments: ["12/5", "0/3", "-2", "2021-2022", "第3条", "第3页内容", "- 2 - 3", "--2-", "第12345页"])
    func linesThatAreNoPageNumberStay(line: String) {
        let report = Structured.report("一、概述\n\(line)\n正文第一段。")
        #expect(report.setAside.isEmpty)
    }

    @Test func aPageNumberAfterTheSignatureLeavesTheSignatureFound() {
        let report = Structured.report("一、概述\n正文第一段。\n临江市花山镇人民政府\n2022年1月20日\n第 5 页 共 5 页")
        #expect(report.metadataLines == ["临江市花山镇人民政府", "2022年1月20日"])
        #expect(report.setAside == [SetAsideLine("第 5 页 共 5 页", reason: "page number")])
    }

    /// pdftotext's output of four pages: a form feed before each page's first line, the agency
    /// atop each page (its first occurrence is the report's own text).
    @Test func aLineAtopThreePagesIsARunningHeaderButItsFirstOccurrenceStays() {
        let agency = "临江市花山镇人民政府办公室"
        let text = "\(agency)\n一、总体情况\n第一页正文。\n\u{0C}\(agency)\n第二页正文。\n\u{0C}\(agency)\n第三页正文。\n\u{0C}\(agency)\n第四页正文。\n\u{0C}"
        let report = Structured.report(text)
        #expect(report.setAside == Array(repeating: SetAsideLine(agency, reason: "running header"), count: 3))
        #expect(Structured.paragraphs(report) == [agency, "第一页正文。", "第二页正文。", "第三页正文。", "第四页正文。"])
    }

    @Test func aLineAtTwoPageBreaksStays() {
        let line = "临江市花山镇人民政府办公室"
        let report = Structured.report("一、总体情况\n第一页正文。\n\u{0C}\(line)\n第二页正文。\n\u{0C}\(line)\n第三页正文。")
        #expect(report.setAside.isEmpty)
        #expect(Structured.paragraphs(report).filter { $0 == line }.count == 2)
    }

    /// A report title after a page number below the report's own title line: pdftotext's default
    /// output of a paragraph that crosses a page break.
    @Test func theTitleRepeatedAfterAPageBreakIsARunningHeader() {
        let text = "临江市花山镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n其中予以公开9件，部分公开2\n\n- 2 -\n\n"
            + "\u{0C}花山镇人民政府2021年政府信息公开工作年度报告\n\n件，不予公开1件。\n（一）主动公开\n"
        let report = Structured.report(text)
        #expect(report.setAside == [
            SetAsideLine("- 2 -", reason: "page number"),
            SetAsideLine("花山镇人民政府2021年政府信息公开工作年度报告", reason: "running header"),
        ])
        #expect(report.metadataLines == ["临江市花山镇人民政府2021年政府信息公开工作年度报告"])
        #expect(Structured.paragraphs(report) == ["其中予以公开9件，部分公开2", "件，不予公开1件。"])
    }
}
