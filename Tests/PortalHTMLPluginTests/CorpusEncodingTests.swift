import Conversion
import DocumentModel
@testable import PortalHTMLPlugin
import Testing
import TestSupport

/// Pages and feeds with no declaration (GB2312, GB18030) and Big5 ones, which are also valid GB18030.
@Suite("Undeclared GB and Big5 pages decode correctly", .enabled(if: Fixtures.hasCorpus))
struct CorpusEncodingTests {
    /// File, the encoding it is in, and a phrase of its text.
    static let cases: [(file: String, encoding: TextEncoding, phrase: String)] = [
        ("012.html", .gb18030, "搜狐在线"),
        ("013.xml", .gb18030, "马兴瑞"),
        ("015.xml", .big5, "隨機部落格"),
        ("016.xml", .big5, "苦勞網"),
        ("017.html", .big5, "台北看守所"),
        ("018.xml", .big5, "反WTO"),
    ]

    @Test("decoded in the right encoding without problems", arguments: cases)
    func decodes(file: String, encoding: TextEncoding, phrase: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.corpus.appendingPathComponent(file))
        let page = try PageDecoder.decode(ReaderInput(bytes: bytes, name: SourceName(file)), strict: true)
        #expect(page.decision.encoding == encoding)
        #expect(page.text.contains(phrase))
        #expect(!page.text.contains("\u{FFFD}"))
    }

    @Test("HTML pages without a declaration: the body is the decoded text", arguments: ["012.html", "013.xml", "017.html"])
    func body(file: String) throws {
        let document = try PageReading.readCorpus(file)
        let phrase = Self.cases.first { $0.file == file }!.phrase
        #expect(PageReading.compact(document).contains(phrase))
        #expect(document.provenance.evidence.contains("statistics"))
    }

    @Test("the sniffer claims HTML pages and leaves feeds to the text readers")
    func sniff() throws {
        for (file, claimed) in [("001.html", true), ("013.xml", true), ("017.html", true), ("009.xml", false), ("016.xml", false)] {
            let bytes = try Fixtures.bytes(Fixtures.corpus.appendingPathComponent(file))
            let result = PortalHTMLReader().sniff(InputSample(bytes: bytes, fileName: file, totalByteCount: bytes.count))
            #expect((result.confidence >= .high) == claimed, "\(file): \(result.reason)")
            #expect((result.confidence <= .low) == !claimed, "\(file): \(result.reason)")
        }
    }
}
