@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// Extract walks the index beside the entries, holding no table of files: an entry that is not the
/// next file the index lists is refused, saying whether it is a duplicate, unlisted or out of
/// order, and nothing is written.
@Suite("Extract: entries must come in the index's order")
struct ExtractOrderTests {
    enum Change: String, CaseIterable, CustomTestStringConvertible {
        case swappedDocuments, duplicateLater, unlistedInTheMiddle, endMarkerEarly
        var testDescription: String { rawValue }
    }

    /// The fixture's bundle (every document in 2020) with its entries changed, the footer moved to
    /// follow the index, lookup table and tag manifest: only the order of the entries is wrong.
    static func changed(_ change: Change, in fixture: ArchiveFixture) throws -> (bundle: URL, index: BundleIndex) {
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let index = try BundleReader(FilePath(url.path)).index()
        var bytes = [UInt8](try Data(contentsOf: url))
        let footer = try BundleFooter.decode(Array(bytes.suffix(BundleFooter.length)), fileSize: bytes.count)
        func span(_ document: BundleDocument) -> Range<Int> {
            let first = document.members.first!, last = document.members.last!
            return first.offset..<(last.offset + last.compressedSize)
        }
        let first = span(index.documents[0]), second = span(index.documents[1])
        var inserted: [UInt8] = []
        var at = 0
        switch change {
        case .swappedDocuments:
            bytes.replaceSubrange(first.lowerBound..<second.upperBound, with: Array(bytes[second]) + Array(bytes[first]))
        case .duplicateLater:
            let json = index.documents[0].member(.json)!
            inserted = Array(bytes[json.offset..<(json.offset + json.compressedSize)])
            at = span(index.documents[2]).upperBound
        case .unlistedInTheMiddle:
            var entry = TarHeader.encodeFile(name: "gazette-2020/data/json/ffffffffffffffff.json", size: 2, mtime: 0)
            entry += Array("{}".utf8) + [UInt8](repeating: 0, count: 510)
            inserted = try GzipMember.compress(entry)
            at = second.lowerBound
        case .endMarkerEarly:
            inserted = try GzipMember.compress([UInt8](repeating: 0, count: 1024))
            at = second.lowerBound
        }
        bytes.insert(contentsOf: inserted, at: at)
        func moved(_ span: BundleFooter.Span) -> BundleFooter.Span { .init(offset: span.offset + inserted.count, length: span.length) }
        let newFooter = BundleFooter(index: moved(footer.index), lookup: moved(footer.lookup), tagManifest: moved(footer.tagManifest))
        bytes.replaceSubrange((bytes.count - BundleFooter.length)..., with: newFooter.encoded())
        let target = fixture.path("changed.tar.gz")
        try Data(bytes).write(to: target)
        return (target, index)
    }

    @Test(arguments: Change.allCases)
    func extractRefusesAndWritesNothing(_ change: Change) throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        let (bundle, index) = try Self.changed(change, in: fixture)
        let outside = fixture.path("out")
        let target = outside.appendingPathComponent("target")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)

        let error = try #require(throws: GazetteError.self) {
            _ = try BundleExtractor().extract(FilePath(bundle.path), into: FilePath(target.path))
        }
        let documents = index.documents
        let bag = "gazette-2020/"
        let (code, message): (GazetteError.Code, String) = switch change {
        case .swappedDocuments:
            (.unsafeEntry, "entry \(bag)\(documents[1].members[0].path) is out of the bundle's order (expected \(bag)\(documents[0].members[0].path))")
        case .duplicateLater: (.unsafeEntry, "entry \(bag)\(documents[0].member(.json)!.path) appears twice")
        case .unlistedInTheMiddle: (.unsafeEntry, "entry \(bag)data/json/ffffffffffffffff.json is not listed in the bundle's index")
        case .endMarkerEarly:
            (.bundleDamaged, "\(documents.dropFirst().map(\.members.count).reduce(3, +)) indexed files are missing, e.g. \(documents[1].members[0].path)")
        }
        #expect(error.code == code, "\(change): \(error)")
        #expect(error.message == message, "\(change)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty, "\(change) left files in the target")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: outside.path) == ["target"], "\(change) wrote outside the target")
    }

    /// The index must be in the entries' order; these are what make its paths distinct.
    @Test func anIndexOutOfTheBundlesOrderIsNamed() {
        func document(_ id: String, _ members: [(BundleMember.Role, String)]) -> BundleDocument {
            BundleDocument(id: id, title: nil, agency: nil, year: nil, originalName: "x", originalNameHex: nil, sourcePath: "x",
                           format: "text", encoding: "UTF-8", aliases: [],
                           members: members.map { BundleMember(role: $0.0, path: $0.1, offset: 0, compressedSize: 0, size: 0, sha256: "") })
        }
        let id = "00000000000000ab", previous = LowerHex64.value("00000000000000aa")
        let original = (BundleMember.Role.original, "data/original/\(id).txt"), json = (BundleMember.Role.json, "data/json/\(id).json")
        #expect(ExpectedEntries.documentProblem(document(id, [original, json, (.html, "data/html/\(id).html")]), after: previous) == nil)
        #expect(ExpectedEntries.documentProblem(document(id, [original]), after: nil) == nil)
        let problems: [(BundleDocument, UInt64?, String)] = [
            (document(id, [original, json]), LowerHex64.value(id), "is listed after \(id)"),
            (document(id, [original, json]), LowerHex64.value("00000000000000ff"), "is listed after 00000000000000ff"),
            (document("00000000000000AB", [original]), nil, "not 16 lowercase hex digits"),
            (document(id, [json, original]), nil, "not original, json, html in that order"),
            (document(id, [original, json, json]), nil, "not original, json, html in that order"),
            (document(id, [json]), nil, "not original, json, html in that order"),
            (document(id, []), nil, "not original, json, html in that order"),
            (document(id, [original, (.json, "data/json/00000000000000aa.json")]), nil, "lists its json as"),
            (document(id, [(.original, "data/original/00000000000000aa.txt")]), nil, "lists its original as"),
            (document(id, [original, (.tag, "bagit.txt")]), nil, "not original, json, html in that order"),
        ]
        for (document, after, problem) in problems {
            let found = ExpectedEntries.documentProblem(document, after: after)
            #expect(found?.contains(problem) == true, "\(document.members.map(\.path)): \(found ?? "accepted")")
        }
    }
}
