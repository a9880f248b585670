import Foundation
import ReportStructure
import Testing
import TestSupport

/// A hand-made portal report that exercises every rule at once, checked against its reviewed tree
/// dump. Always on: it needs nothing outside the repository. `GAZETTE_RECORD=1` re-records.
@Suite("Hand-made portal report: golden tree dump")
struct HandmadeGoldenTests {
    @Test func portalReportMatchesGolden() throws {
        let directory = Fixtures.directory()
        let text = try String(contentsOf: directory.appendingPathComponent("portal-report.txt"), encoding: .utf8)
        let report = Structured.report(text)
        let golden = directory.appendingPathComponent("golden/portal-report.tree.txt")
        if Fixtures.recording { try report.treeDump().write(to: golden, atomically: true, encoding: .utf8) }
        #expect(report.treeDump() == (try String(contentsOf: golden, encoding: .utf8)))
        #expect(report.metadata.title == "某某县2018年政府信息公开工作年度报告")
        #expect(report.metadata.year == 2018)
        #expect(report.metadata.agency == "某某县人民政府办公室")
        #expect(report.metadata.publishedDate == "2019-01-25")
        #expect(report.metadata.signedDate == "2019-01-25")
        #expect(report.metadata.keywords == ["政务公开", "年报"])
        #expect(Structured.tables(report).first?.rows.count == 3)
        #expect(Structured.headings(report).map(\.level) == [1, 2, 2, 3, 3, 4, 4, 1, 1])
    }
}
