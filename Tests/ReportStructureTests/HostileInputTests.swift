import DocumentModel
import Foundation
import ReportStructure
import Testing

/// Bad input finishes in linear time with a valid document. The bounds are generous for a debug
/// build on a shared machine, yet far below what quadratic behaviour would take on these sizes.
@Suite("Hostile input: huge lines, many lines, nothing but whitespace or chrome")
struct HostileInputTests {
    func timed(_ text: String, limit: Double) -> StructuredReport {
        TimedStructuring.structure(text, limit: limit)
    }

    @Test func fiveMegabyteSingleLine() {
        let sentence = "一、总体情况。按照要求（一）做好第二十条第（一）项1.公开工作2019年12月30日，"
        var text = ""
        while text.utf8.count < 5_000_000 { text += sentence }
        let report = timed(text, limit: 30)
        #expect(!report.blocks.isEmpty)
    }

    @Test func fiveMegabytesWithoutSpacesOrMarkers() {
        let text = String(repeating: "政", count: 5_000_000 / 3)
        let report = timed(text, limit: 30)
        #expect(report.blocks == [.paragraph(text)])
    }

    @Test func hundredThousandOneCharacterLines() {
        let text = Array(repeating: "字", count: 100_000).joined(separator: "\n")
        let report = timed(text, limit: 30)
        #expect(report.blocks.count == 100_000)
    }

    @Test func hundredThousandOneDigitLines() {
        let text = Array(repeating: "7", count: 100_000).joined(separator: "\n")
        _ = timed(text, limit: 30)
    }

    @Test func hundredThousandPipeLines() {
        let text = Array(repeating: "|", count: 100_000).joined(separator: "\n")
        _ = timed(text, limit: 30)
    }

    @Test func fortyThousandRowPipeTable() {
        let text = Array(repeating: "事项 |\n12 |\n|", count: 40_000).joined(separator: "\n")
        let report = timed(text, limit: 30)
        #expect(report.blocks.count == 1)
    }

    @Test(arguments: ["", "   ", "\n\n\n", " \t\u{3000}\u{A0}\r\n\u{3000}\n"])
    func onlyWhitespace(text: String) {
        let report = timed(text, limit: 5)
        #expect(report == StructuredReport())
    }

    @Test func manyChromeLines() {
        let text = Array(repeating: "【打印此文】 【关闭窗口】\n登录 注册\n点击数:", count: 30_000).joined(separator: "\n")
        let report = timed(text, limit: 30)
        #expect(report.blocks.isEmpty)
        #expect(report.setAside.count == 90_000)
    }
}
