import Conversion
import DocumentModel
import Testing

/// A damaged file lists its first undecodable sequences and counts the rest.
@Suite("Undecodable sequences beyond the listed limit are counted")
struct ProblemLimitTests {
    /// `count` invalid sequences (0xFF), each between two GBK characters.
    static func damaged(_ count: Int) -> [UInt8] {
        Array(repeating: [0xD6, 0xD0, 0xFF], count: count).flatMap { $0 }
    }

    @Test(arguments: [TextEncoding.gb18030, .big5, .utf8])
    func theFirstAreListedAndAllAreCounted(encoding: TextEncoding) {
        let decoded = encoding.decode(Self.damaged(5000)[...])
        #expect(decoded.problemCount >= 5000)
        #expect(decoded.problems.count == DecodedText.listedLimit)
        #expect(decoded.problemCount == decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        let diagnostics = decoded.problemDiagnostics
        #expect(diagnostics.count == DecodedText.listedLimit + 1)
        #expect(diagnostics.last?.message.hasPrefix("\(decoded.problemCount - DecodedText.listedLimit) more undecodable sequences") == true)
        #expect(diagnostics.dropLast().allSatisfy { $0.byteOffset != nil })
    }

    @Test func aFewProblemsAreAllListedWithoutACountLine() {
        let decoded = TextEncoding.gb18030.decode(Self.damaged(3)[...])
        #expect(decoded.problems.map(\.byteOffset) == [2, 5, 8])
        #expect(decoded.problemDiagnostics.count == 3)
    }
}
