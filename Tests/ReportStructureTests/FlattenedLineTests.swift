import DocumentModel
import ReportStructure
import Testing

@Suite("Flattened lines: a crawler's one-line body split at its sections, nothing else split")
struct FlattenedLineTests {
    static let filler = String(repeating: "各单位按照要求认真做好政府信息公开工作，及时更新公开内容。", count: 6)

    @Test func flattenedBodyIsSplitAtSectionMarkers() {
        let line = "某县人民政府2022年政府信息公开工作年度报告 本报告依据《条例》编制。现将有关情况报告如下。 一、总体情况 2022年，\(Self.filler)（一）主动公开情况今年，\(Self.filler)二、主动公开政府信息情况 \(Self.filler) 二○二三年一月二十日 附件：统计表"
        let report = Structured.report(line)
        #expect(report.metadata.title == "某县人民政府2022年政府信息公开工作年度报告")
        #expect(report.metadata.year == 2022)
        #expect(report.metadata.signedDate == "2023-01-20")
        #expect(Structured.headings(report) == [
            Heading(level: 1, numbering: "一、", text: "总体情况"),
            Heading(level: 2, numbering: "（一）", text: "主动公开情况"),
            Heading(level: 1, numbering: "二、", text: "主动公开政府信息情况"),
        ])
        #expect(Structured.paragraphs(report).last == "附件：统计表")
    }

    @Test func numbersOutOfSequenceOrInsideSentencesDoNotSplit() {
        let line = "根据第二十条第（一）项的规定，\(Self.filler)一是加强领导，二是完善制度。三、在一、二季度\(Self.filler)"
        let report = Structured.report(line)
        #expect(report.blocks == [.paragraph(line)])
    }

    @Test func shortLinesAreNeverSplitMidLine() {
        let line = "工作情况如下。 二、总体情况 2022年，全县主动公开信息。"
        #expect(Structured.report(line).blocks == [.paragraph(line)])
    }
}
