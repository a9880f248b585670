import DocumentModel
import Foundation
import ReportStructure
import Testing
import TestSupport

@Suite("Real reports and a novel from the shared corpus", .enabled(if: Fixtures.hasCorpus))
struct CorpusReportTests {
    func report(_ name: String) throws -> StructuredReport {
        Structured.report(try Structured.sharedText(Fixtures.corpus.appendingPathComponent(name)))
    }

    @Test("no note is given twice", arguments: ["022.txt", "023.txt", "028.txt", "029.txt", "032.txt"])
    func diagnosticsAreNotRepeated(name: String) throws {
        let messages = try report(name).diagnostics.map(\.message)
        #expect(Set(messages).count == messages.count, "\(messages)")
    }

    @Test func pingtan2011FlattenedReport() throws {
        let report = try report("022.txt")
        #expect(report.metadata.title == "平潭县人民政府2011年政府信息公开工作年度报告")
        #expect(report.metadata.year == 2011)
        #expect(report.metadata.agency == "平潭县人民政府")
        #expect(report.metadata.publishedDate == "2012-04-18")
        #expect(report.metadata.signedDate == "2012-02-20")
        #expect(report.metadata.source?.hasPrefix("https://www.pingtan.gov.cn/") == true)
        let top = Structured.headings(report).filter { $0.level == 1 }.map(\.text)
        #expect(top == ["概述", "主动公开政府信息情况", "政府信息依申请公开工作情况", "政府信息公开工作存在的主要问题及改进情况"])
        #expect(report.setAside.map(\.reason).contains("crawler header"))
        #expect(report.setAside.contains { $0.text == "文号:" })
    }

    @Test func pingtan2019FlattenedReport() throws {
        let report = try report("023.txt")
        #expect(report.metadata.title == "平潭综合实验区2019年度政府信息公开工作年度报告")
        #expect(report.metadata.year == 2019)
        #expect(report.metadata.agency == "平潭综合实验区")
        #expect(report.metadata.publishedDate == "2020-01-20")
        let top = Structured.headings(report).filter { $0.level == 1 }.map(\.numbering)
        #expect(top == ["一、", "二、", "五、", "六、"])
        let level4 = Structured.headings(report).filter { $0.level == 4 }
        #expect(level4.count == 14)
        #expect(level4.first?.text == "加强政策解读信息公开。")
    }

    @Test func novelIsParagraphsOnly() throws {
        let report = try report("020.txt")
        #expect(report.metadata == Metadata())
        #expect(report.blocks.allSatisfy { if case .paragraph = $0 { true } else { false } })
        #expect(Structured.paragraphs(report).first == "《秦吏》")
        #expect(Structured.paragraphs(report).contains("作者：七月新番"))
        #expect(report.metadataLines.isEmpty)
        #expect(report.setAside.isEmpty)
    }

    @Test func pdfTableFragmentGivesNoInventedMetadata() throws {
        let report = try report("021.txt")
        #expect(report.metadata.title == nil)
        #expect(report.metadata.year == nil)
        #expect(!Structured.headings(report).contains { $0.text.hasPrefix("本年新收") })
    }
}
