import Conversion
import Foundation
import Testing
import TextPlugin

/// Markup stays out of the text readers' hands in every encoding they read, BOM or not.
@Suite("Text readers step back from markup")
struct MarkupHintTests {
    static let page = "\n  <html><head><title>报告</title></head><body><p>正文</p></body></html>\n"

    @Test(arguments: [
        ("UTF-8", [UInt8](page.utf8)),
        ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + [UInt8](page.utf8)),
        ("UTF-16LE with BOM", [0xFF, 0xFE] + [UInt8](page.data(using: .utf16LittleEndian)!)),
        ("UTF-16BE with BOM", [0xFE, 0xFF] + [UInt8](page.data(using: .utf16BigEndian)!)),
    ])
    func markupIsLeftToTheMarkupReader(label: String, bytes: [UInt8]) {
        let sniff = PlainTextReader().sniff(ReaderInput(bytes: bytes, name: SourceName("page.html")).sample)
        #expect(sniff.confidence.value <= 0.3, "\(label): \(sniff.reason)")
    }

    @Test(arguments: [
        ("UTF-16LE with BOM", [0xFF, 0xFE] + [UInt8]("报告\n".data(using: .utf16LittleEndian)!)),
        ("UTF-8", [UInt8]("报告 <正文>\n".utf8)),
    ])
    func textStaysText(label: String, bytes: [UInt8]) {
        let sniff = PlainTextReader().sniff(ReaderInput(bytes: bytes, name: SourceName("report.txt")).sample)
        #expect(sniff.confidence.value > 0.6, "\(label): \(sniff.reason)")
    }
}
