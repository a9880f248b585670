@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// A member's gzip header holds a time, XFL and OS byte that no CRC covers: a change there leaves
/// the data readable (gzip -t and tar still pass), but the bundle is no longer the file that was
/// built. Verify says so, naming the member, and keeps every document good.
@Suite("Verify: a changed gzip header byte is reported")
struct GzipHeaderChangeTests {
    enum Member: String, CaseIterable, CustomTestStringConvertible {
        case payload, tagFile, endOfArchive
        var testDescription: String { rawValue }
    }

    @Test(arguments: Member.allCases, [4, 8, 9])
    func reportedWithTheDocumentsStillGood(member: Member, byte: Int) throws {
        let fixture = try ArchiveFixture()
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let index = try BundleReader(FilePath(url.path)).index()
        var bytes = [UInt8](try Data(contentsOf: url))
        let footer = try BundleFooter.decode(Array(bytes.suffix(BundleFooter.length)), fileSize: bytes.count)
        let (offset, held): (Int, String) = switch member {
        case .payload: (index.documents[1].member(.json)!.offset, "gazette-2020/" + index.documents[1].member(.json)!.path)
        case .tagFile: (footer.tagManifest.offset, "gazette-2020/" + BundleFormat.tagManifestPath)
        case .endOfArchive: (footer.tagManifest.offset + footer.tagManifest.length, "the end-of-archive marker")
        }
        bytes[offset + byte] ^= 0x01
        let changed = fixture.path("changed.tar.gz")
        try Data(bytes).write(to: changed)

        for quick in [false, true] {
            let report = try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(changed.path), quick: quick)
            #expect(!report.ok)
            #expect(report.problems == [VerifyReport.Problem(
                kind: .structure,
                message: "the gzip header of the member holding \(held) is not the fixed bytes FORMAT.md 2.3 gives (its time, XFL or OS byte changed); its data is intact",
                path: nil, offset: offset, documentID: nil)])
            #expect(report.documents.count == index.documents.count && report.documents.allSatisfy { $0.status == .good })
        }
    }
}
