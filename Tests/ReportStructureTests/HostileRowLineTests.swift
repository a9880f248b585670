import DocumentModel
import Foundation
import ReportStructure
import Testing

/// Row lines and numbered cell runs in bulk finish in linear time: each run is read once, and a
/// stretch of rows that fits no table is passed over, not retried from every row.
@Suite("Hostile input: row lines and numbered cell runs in bulk")
struct HostileRowLineTests {
    func timed(_ text: String, limit: Double) -> StructuredReport {
        TimedStructuring.structure(text, limit: limit)
    }

    @Test func hundredThousandRowLinesMakeOneTable() {
        let text = Array(repeating: "规章\t0\t0\t2", count: 100_000).joined(separator: "\n")
        let report = timed(text, limit: 30)
        #expect(report.blocks.count == 1)
    }

    @Test func hundredThousandRowLinesOfAlternatingWidths() {
        let text = Array(repeating: "规章\t0\t2\n规范性文件\t12\t3\t45", count: 50_000).joined(separator: "\n")
        let report = timed(text, limit: 30)
        #expect(report.diagnostics.count == 1)
    }

    @Test func hundredThousandNumberedLabelsWithFiguresOfMixedWidths() {
        let text = Array(repeating: "一、本年新收\n20\n9\n（二）部分公开\n5\n35\n7", count: 30_000).joined(separator: "\n")
        let report = timed(text, limit: 30)
        #expect(!report.blocks.contains { if case .heading = $0 { true } else { false } })
    }

    @Test func hundredThousandSectionLinesBetweenRows() {
        let text = Array(repeating: "一、主动公开情况\n（一）主动公开数  条  1520", count: 50_000).joined(separator: "\n")
        let report = timed(text, limit: 30)
        // The first section line has no header above it, so it stays the heading it looks like.
        #expect(report.blocks.count == 2)
    }
}
