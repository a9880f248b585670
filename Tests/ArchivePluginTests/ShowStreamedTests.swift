@testable import ArchivePlugin
import Conversion
import Foundation
import Testing
import TestSupport

/// `show` of a member too large to hold inflates it twice: it must print the same bytes as when
/// held, and still nothing at all when the member is damaged (the check comes before the output).
/// The threshold is lowered so a small member takes that path.
@Suite("Bundle show: a large member is checked, then streamed")
struct ShowStreamedTests {
    static func built() throws -> (ArchiveFixture, URL, BundleDocument) {
        let fixture = try StreamedOriginalTests.fixture()
        _ = try StreamedOriginalTests.build(fixture, into: fixture.bundles)
        let bundle = fixture.bundle("gazette-2016.tar.gz")
        let document = try #require(try BundleReader(FilePath(bundle.path)).index().documents.first { $0.id == StreamedOriginalTests.id })
        return (fixture, bundle, document)
    }

    @Test(arguments: [BundleMember.Role.original, .json])
    func streamedPrintsWhatHeldPrints(role: BundleMember.Role) throws {
        let (fixture, bundle, _) = try Self.built()
        defer { withExtendedLifetime(fixture) {} }
        let reader = try BundleReader(FilePath(bundle.path))
        let documents = try reader.index().documents
        let document = try #require(documents.first { $0.members.contains { $0.role == role } })
        var pieces: [[UInt8]] = []
        try reader.show(id: document.id, role: role, streamingAbove: 100) { pieces.append($0) }
        #expect(pieces.joined().elementsEqual(try reader.show(id: document.id, role: role)))
        if role == .original, document.id == StreamedOriginalTests.id { #expect(pieces.count > 1, "not streamed") }
    }

    @Test func aDamagedLargeMemberPrintsNothing() throws {
        let (fixture, bundle, document) = try Self.built()
        let member = try #require(document.members.first)
        var bytes = try Array(Data(contentsOf: bundle))
        // A byte of a stored block's payload, deep in the member: only the CRC and the SHA-256 can tell.
        bytes[member.offset + member.compressedSize / 2] ^= 0x01
        let damaged = fixture.path("damaged.tar.gz")
        try Data(bytes).write(to: damaged)
        let reader = try BundleReader(FilePath(damaged.path))
        var written = 0
        do {
            try reader.show(id: document.id, role: .original, streamingAbove: 100) { written += $0.count }
            Issue.record("a damaged member was shown")
        } catch {
            #expect(error.code == .bundleDamaged, "\(error)")
            #expect(error.message.contains("data/original/\(document.id).*"), "\(error)")
        }
        #expect(written == 0)
    }
}
