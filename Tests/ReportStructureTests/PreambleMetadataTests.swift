import DocumentModel
import ReportStructure
import Testing

@Suite("Wrapped preamble lines that start with a label word stay report text")
struct PreambleMetadataTests {
    static let title = "临江市花山镇人民政府2021年政府信息公开工作年度报告"

    /// pdftotext's output of the preamble, hard-wrapped where the page's line ended.
    @Test func aLabelledLineThatRunsOnAsProseIsBodyText() {
        let lines = [
            "本报告电子版可在临江市人民政府门户网站（",
            "网址：www.linjiang.gov.cn）查阅或下载。本报告统计",
            "时间：2021年1月1日至2021年12月31日。如对本报告有疑问，请联系。",
        ]
        let report = Structured.report(([Self.title] + lines + ["一、总体情况", "全年公开信息312条。"]).joined(separator: "\n"))
        #expect(report.metadata.source == nil)
        #expect(report.metadata.publishedDate == nil)
        #expect(report.metadataLines == [Self.title])
        #expect(Structured.paragraphs(report) == lines + ["全年公开信息312条。"])
    }

    /// A value that ends in a full stop, or holds a bracket it opened, is still metadata.
    @Test(arguments: [
        ("来源：临江市人民政府办公室", "临江市人民政府办公室"),
        ("来源：临江市人民政府（办公室）", "临江市人民政府（办公室）"),
        ("来源：临江市人民政府办公室。", "临江市人民政府办公室。"),
    ])
    func aMetadataLineStaysMetadata(line: String, source: String) {
        let report = Structured.report("\(Self.title)\n\(line)\n一、总体情况\n全年公开信息312条。")
        #expect(report.metadata.source == source)
        #expect(report.metadataLines == [Self.title, line])
    }

    @Test func aDateLineStaysMetadata() {
        let report = Structured.report("\(Self.title)\n发布时间：2022-01-25\n一、总体情况\n全年公开信息312条。")
        #expect(report.metadata.publishedDate == "2022-01-25")
    }
}
