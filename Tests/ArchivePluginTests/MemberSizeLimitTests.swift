@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// A lookup record holds a member's length and its file's size in 4 bytes each (FORMAT.md 2.5).
/// Build refuses what does not fit, so it never writes a bundle its own show cannot read, and
/// verify reports an index that gives such a size. The limit is lowered here: no test writes 4 GiB.
@Suite("Members a lookup record cannot hold: refused by build, reported by verify")
struct MemberSizeLimitTests {
    /// Builds `files` with `limit` as the largest member size.
    static func build(_ fixture: ArchiveFixture, _ files: [InputFile], limit: Int) throws -> BuildSummary {
        var options = BundleBuilder.Options(outputDirectory: FilePath(fixture.bundles.path), year: 2020, toolVersion: "test", workers: 2)
        options.maximumMemberSize = limit
        var list = InputList()
        files.forEach { list.append($0) }
        return try BundleBuilder(registry: ArchiveFixture.registry, options: options).build(list)
    }

    /// The collection's files (one has a GBK name: read by its bytes), largest first.
    static func collectionFiles(_ fixture: ArchiveFixture) throws -> [(file: InputFile, size: Int)] {
        return try InputWalker.list([FilePath(fixture.collection.path)]).files.map { ($0, try FileIO.read($0.path).count) }.sorted { $0.size > $1.size }
    }

    /// The largest original is one byte over the limit: one line naming it, the rest are built.
    @Test func anOriginalOverTheLimitIsRefusedAndTheBatchGoesOn() throws {
        let fixture = try ArchiveFixture()
        let files = try Self.collectionFiles(fixture)
        let largest = files[0]
        #expect(largest.size > files[1].size, "the test needs one largest file")
        let summary = try Self.build(fixture, files.map(\.file), limit: largest.size - 1)
        let refused = summary.failures.filter { $0.message.hasSuffix("not archived") }
        #expect(refused.count == 1, "\(summary.failures)")
        #expect(refused.first?.file == largest.file.path.description)
        #expect(refused.first?.message == "it is \(largest.size) bytes; a bundle holds files and members of at most \(largest.size - 1) bytes (Archive/FORMAT.md 2.5); not archived")
        let reader = try BundleReader(FilePath(fixture.bundle("gazette-2020.tar.gz").path))
        let documents = try reader.index().documents
        #expect(!documents.contains { $0.sourcePath == largest.file.relativePath.description })
        #expect(!documents.isEmpty)
        // What was built fits: every member of every record, and the bundle verifies.
        for member in documents.flatMap(\.members) { #expect(member.size <= largest.size - 1 && member.compressedSize <= largest.size - 1) }
        #expect(try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(fixture.bundle("gazette-2020.tar.gz").path)).ok)
    }

    /// A JSON too large for a member while the original (and its gzip member, with its tar header)
    /// fits: kept as original only, with the reason.
    @Test func aConversionOverTheLimitKeepsTheOriginalOnly() throws {
        let fixture = try ArchiveFixture()
        let smallest = try #require(try Self.collectionFiles(fixture).last)
        let summary = try Self.build(fixture, [smallest.file], limit: smallest.size + TarHeader.blockSize)
        let failure = try #require(summary.failures.first)
        #expect(failure.message.hasPrefix("its json would be "), "\(failure)")
        #expect(failure.message.contains("kept as original only in gazette-2020.tar.gz"), "\(failure)")
        let url = fixture.bundle("gazette-2020.tar.gz")
        let document = try #require(try BundleReader(FilePath(url.path)).index().documents.first)
        #expect(document.members.map(\.role) == [.original])
        #expect(document.conversionError?.hasPrefix("its json would be ") == true)
        #expect(try BundleReader(FilePath(url.path)).show(id: document.id, role: .original) == (try FileIO.read(smallest.file.path)))
        #expect(try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(url.path)).ok)
    }

    /// An index giving a size past 4 GiB - 1 (as builds before this limit wrote for such files):
    /// the lookup table cannot agree with it, and verify says which member show cannot read.
    @Test func verifyNamesAMemberNoLookupRecordHolds() throws {
        let fixture = try ArchiveFixture()
        try fixture.build(year: 2020)
        let target = fixture.path("big.tar.gz")
        try HostileBundle.rewritingIndex(of: fixture.bundle("gazette-2020.tar.gz"), to: target) { text in
            let documents = text.range(of: #""documents":["#)!
            let size = text.range(of: #""size":"#, range: documents.upperBound..<text.endIndex)!
            let end = text[size.upperBound...].firstIndex { $0 == "," || $0 == "}" }!
            return text.replacingCharacters(in: size.upperBound..<end, with: "4613734400")
        }
        let report = try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(target.path))
        #expect(!report.ok)
        let lookup = report.problems.first { $0.path == BundleFormat.lookupPath }
        #expect(lookup?.message.contains("size 4613734400 does not fit a lookup record (at most 4294967295): show cannot read it") == true,
                "\(report.problems.map(\.message))")
    }
}
