import Conversion
import DocumentModel
import Foundation
import Testing
import TestSupport
import TextPlugin

/// The registry's answer for every text-like file in the shared corpus.
@Suite("Sniffing the shared corpus", .enabled(if: Fixtures.hasCorpus))
struct CorpusSniffTests {
    /// Expected encoding and reader per corpus file (the HTML pages are the portal reader's; see its tests).
    static let expectations: [(file: String, encoding: String, reader: String)] = [
        ("009.xml", "gb18030", "GBKTextReader"),
        ("010.xml", "gb18030", "GBKTextReader"),
        ("011.xml", "gb18030", "GBKTextReader"),
        ("014.xml", "gb18030", "GBKTextReader"),
        ("015.xml", "Big5", "Big5TextReader"),
        ("016.xml", "Big5", "Big5TextReader"),
        ("018.xml", "Big5", "Big5TextReader"),
        ("020.txt", "gb18030", "GBKTextReader"),
        ("021.txt", "UTF-8", "PlainTextReader"),
        ("022.txt", "UTF-8", "PlainTextReader"),
        ("023.txt", "UTF-8", "PlainTextReader"),
        ("028.txt", "gb18030", "GBKTextReader"),
        ("029.txt", "gb18030", "GBKTextReader"),
        ("030.txt", "gb18030", "GBKTextReader"),
        ("031.txt", "gb18030", "GBKTextReader"),
        ("032.txt", "gb18030", "GBKTextReader"),
    ]

    let registry = FormatRegistry(readers: [PlainTextReader(), GBKTextReader(), Big5TextReader()], writers: [])

    @Test(arguments: expectations)
    func sniffsEncodingAndReader(file: String, encoding: String, reader: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.corpus.appendingPathComponent(file))
        let (document, choice) = try registry.read(ReaderInput(bytes: bytes, name: SourceName(file)), file: file)
        #expect(choice.sniff.format == .text)
        #expect(document.provenance.encoding == encoding)
        #expect(document.provenance.reader.name == reader)
        #expect(document.provenance.confidence >= 0.6, "confident: \(document.provenance.evidence)")
        #expect(document.provenance.diagnostics.allSatisfy { $0.severity < .warning }, "\(document.provenance.diagnostics)")
    }

    /// EUC-TW bytes are valid GB18030 but are not Chinese text in it: never a confident GBK reading.
    @Test func eucTWIsNotConfidentGBK() throws {
        let bytes = try Fixtures.bytes(Fixtures.corpus.appendingPathComponent("019.txt"))
        let result = try? registry.read(ReaderInput(bytes: bytes, name: SourceName("019.txt")), file: "019.txt")
        if let document = result?.document {
            #expect(document.provenance.confidence <= 0.3, "\(document.provenance.evidence)")
        }
    }

    /// Every corpus file is accounted for: either in the table above or handled by another reader's tests.
    @Test func expectationsCoverTheTextFiles() {
        let listed = Set(Self.expectations.map(\.file)).union(["019.txt"])
        let textFiles = Fixtures.corpusFiles(["txt", "xml"]).map(\.lastPathComponent)
        let portalPages = Set(["013.xml"])  // an HTML page saved as .xml: the portal reader's
        #expect(Set(textFiles).subtracting(portalPages) == listed)
    }
}
