@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// verify without a readable index or manifest: the payload is checked against
/// `index-lookup.bin` once the tag manifest vouches for it, and documents are named from their
/// own JSON members (found by black-box testing: every document was "unverified", "(no title)").
@Suite("Verify: the lookup table stands in for a damaged index and manifest")
struct LookupFallbackTests {
    /// Further damage on top of the manifest's and the index's.
    enum Extra: String, CaseIterable, CustomTestStringConvertible {
        case none
        /// A bit of the victim's JSON member.
        case victimJSONFlip
        /// The victim's JSON member cut out of the file.
        case victimJSONDropped
        /// A digest bit of the victim's lookup record, the member's CRC made right again: only
        /// the tag manifest tells, so the table must not be trusted.
        case lookupDigestWithCRCRedone
        var testDescription: String { rawValue }
    }

    /// The fixture's 2020 bundle with bit rot in its manifest and index members, plus `extra`;
    /// the intact bundle's index and the report.
    static func verify(_ extra: Extra) throws -> (index: BundleIndex, report: VerifyReport) {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let reader = try BundleReader(FilePath(url.path))
        let index = try reader.index()
        var bytes = [UInt8](try Data(contentsOf: url))
        let manifest = try #require(index.tagFiles.first { $0.path == BundleFormat.manifestPath })
        bytes[manifest.offset + manifest.compressedSize / 2] ^= 0x01
        bytes[reader.footer.index.offset + reader.footer.index.length / 2] ^= 0x01
        let json = index.documents[1].member(.json)!
        switch extra {
        case .none: break
        case .victimJSONFlip: bytes[json.offset + json.compressedSize / 2] ^= 0x20
        case .victimJSONDropped: bytes.removeSubrange(json.offset..<(json.offset + json.compressedSize))
        case .lookupDigestWithCRCRedone:
            let span = reader.footer.lookup
            let table = Array(bytes[span.offset..<(span.offset + span.length)])
            let record = span.offset + (try #require(table.firstRange(of: BundleLookup.idBytes(index.documents[1].id)!)?.lowerBound))
            bytes[record + 8 + BundleLookup.slotSize + 20] ^= 0x40  // a byte of the JSON slot's SHA-256
            let payload = Array(bytes[(span.offset + GzipMember.storedPrologue)..<(span.offset + span.length - 8)])
            let crc = Deflater.crc32(payload)
            bytes.replaceSubrange((span.offset + span.length - 8)..<(span.offset + span.length - 4),
                                  with: (0..<4).map { UInt8(truncatingIfNeeded: crc >> (8 * UInt32($0))) })
        }
        let target = fixture.path("damaged.tar.gz")
        try Data(bytes).write(to: target)
        return (index, try BundleVerifier(toolVersion: "test", time: "t").verify(FilePath(target.path)))
    }

    @Test(arguments: Extra.allCases)
    func documentsAreCheckedAgainstTheLookupTable(_ extra: Extra) throws {
        let (index, report) = try Self.verify(extra)
        #expect(!report.ok)
        // The damaged tag files are named.
        for path in [BundleFormat.manifestPath, BundleFormat.indexPath] {
            #expect(report.problems.contains { $0.path == path }, "\(path) not named: \(report.problems)")
        }
        let statuses = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.id, $0) })
        #expect(statuses.count == index.documents.count)
        let victim = index.documents[1]
        for document in index.documents {
            let status = try #require(statuses[document.id])
            switch (extra, document.id == victim.id) {
            case (.lookupDigestWithCRCRedone, _):
                // Not vouched for: nothing left to check the payload against.
                #expect(status.status == .unverified, "\(status)")
            case (.victimJSONFlip, true):
                #expect(status.status == .damaged)
                #expect(status.offset == victim.member(.json)!.offset)
            case (.victimJSONDropped, true):
                #expect(status.status == .missing, "\(status)")
                #expect(status.problems.contains { $0.contains(BundleFormat.lookupPath) }, "\(status.problems)")
            default:
                #expect(status.status == .good, "\(status)")
                #expect(status.title == document.title)
                #expect(status.originalName == document.originalName)
            }
        }
        if extra == .lookupDigestWithCRCRedone {
            #expect(report.problems.contains { $0.path == BundleFormat.lookupPath && $0.kind == .checksumMismatch }, "\(report.problems)")
        }
    }
}
