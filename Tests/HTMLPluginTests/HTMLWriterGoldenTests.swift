import Conversion
import DocumentModel
import Foundation
import HTMLPlugin
import Testing
import TestSupport
import TextPlugin

/// Whole pages compared with reviewed golden files. Re-record all of them with
/// `GAZETTE_RECORD=1 swift test --filter HTMLPluginTests`, then read the diff before committing.
@Suite("HTML writer golden pages")
struct HTMLWriterGoldenTests {
    @Test func fullDocument() throws {
        try Golden.check(try HTMLWriter().write(SampleDocuments.full), named: "full.html")
    }

    @Test func wideTable() throws {
        try Golden.check(try HTMLWriter().write(SampleDocuments.wide), named: "wide.html")
    }

    @Test func emptyDocument() throws {
        try Golden.check(try HTMLWriter().write(SampleDocuments.empty), named: "empty.html")
    }

    @Test func hostileDocument() throws {
        try Golden.check(try HTMLWriter().write(SampleDocuments.hostile(HostileText.combined)), named: "hostile.html")
    }

    @Test func collectionIndex() throws {
        try Golden.check(CollectionIndexTests.sample.render(), named: "index.html")
    }

    static let seedNames: [String] = {
        (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
    }()

    /// The five seed reports as the text reader and the report structure read them today.
    @Test(.enabled(if: Fixtures.hasCorpus), arguments: seedNames)
    func seed(_ name: String) throws {
        let document = try Self.readSeed(name)
        let stem = name.replacingOccurrences(of: ".txt", with: "")
        try Golden.check(try HTMLWriter().write(document), named: "seed-\(stem).html")
    }

    static func readSeed(_ name: String) throws -> Document {
        let bytes = try Fixtures.bytes(Fixtures.seeds.appendingPathComponent(name))
        return try PlainTextReader().read(ReaderInput(bytes: bytes, name: SourceName(name)), options: ReadOptions())
    }
}
