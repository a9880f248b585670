@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// `list` and `extract` read the index through a scratch file: a damaged index member must be
/// refused with the member named and verify suggested, never listed or extracted.
@Suite("list and extract: a damaged index is named")
struct DamagedIndexReaderTests {
    @Test func damagedIndexIsNamed() throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        var bytes = [UInt8](try Data(contentsOf: url))
        let footer = try BundleFooter.decode(Array(bytes.suffix(BundleFooter.length)), fileSize: bytes.count)
        bytes[footer.index.offset + footer.index.length / 2] ^= 0x08
        let target = fixture.path("damaged.tar.gz")
        try Data(bytes).write(to: target)
        let path = FilePath(target.path)

        var listed = 0
        let listError = #expect(throws: GazetteError.self) { try BundleReader(path).forEachIndexedDocument { _ in listed += 1 } }
        #expect(listed == 0)
        #expect(listError?.code == .bundleDamaged)
        #expect(listError?.byteOffset == footer.index.offset)
        #expect(listError?.message.contains("index.json member is damaged") == true)
        #expect(listError?.message.contains("gazette archive verify") == true)

        let streamError = #expect(throws: GazetteError.self) { try BundleReader(path).streamIndex { _ in Issue.record("printed a damaged index") } }
        #expect(streamError?.message.contains("index.json member is damaged") == true)

        let out = fixture.path("out")
        let extractError = #expect(throws: GazetteError.self) { _ = try BundleExtractor().extract(path, into: FilePath(out.path)) }
        #expect(extractError?.message.contains("index.json member is damaged") == true)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("gazette-2020").path))
    }
}
