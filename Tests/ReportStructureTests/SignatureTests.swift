import DocumentModel
import ReportStructure
import Testing

@Suite("Closing signature: agency and date lines at the end")
struct SignatureTests {
    @Test func agencyAndDateAtTheEnd() {
        let report = Structured.report("一、总体情况\n正文。\n临江市花山镇人民政府\n2019年12月30日\n(此件公开发布)")
        #expect(report.metadata.signedBy == "临江市花山镇人民政府")
        #expect(report.metadata.signedDate == "2019-12-30")
        #expect(report.metadata.agency == "临江市花山镇人民政府")
        #expect(report.metadataLines == ["临江市花山镇人民政府", "2019年12月30日"])
        #expect(report.blocks.last == .paragraph("(此件公开发布)"))
    }

    @Test func dateAloneWithChineseDigits() {
        let report = Structured.report("一、概述\n正文。\n二○一二年二月二十日")
        #expect(report.metadata.signedDate == "2012-02-20")
        #expect(report.metadata.signedBy == nil)
    }

    @Test func aDateBeforeTheLastSectionIsNotASignature() {
        let report = Structured.report("一、概述\n2019年12月30日\n二、主动公开情况\n正文。")
        #expect(report.metadata.signedDate == nil)
        #expect(report.metadataLines.isEmpty)
    }

    @Test func anUnpunctuatedLineThatIsNotAnAgencyIsNotTheSigner() {
        let report = Structured.report("一、概述\n正文。\n特此报告\n2019年12月30日")
        #expect(report.metadata.signedBy == nil)
        #expect(report.metadata.signedDate == "2019-12-30")
        #expect(Structured.paragraphs(report).last == "特此报告")
    }
}
