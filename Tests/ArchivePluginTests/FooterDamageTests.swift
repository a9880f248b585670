@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// The footer is the one way list, show and extract find the index: zero padding after it must
/// not make a bundle unreadable, and damage to it must be called damage to the footer (found by
/// black-box testing: padding gave "no gzip signature" everywhere, a flipped bit "truncated").
@Suite("Footer: trailing padding is skipped, damage is named")
struct FooterDamageTests {
    /// The fixture's 2020 bundle, changed by `edit`, written beside it; the intact bundle's index.
    static func bundle(in fixture: ArchiveFixture, _ edit: (inout [UInt8]) -> Void) throws -> (url: URL, index: BundleIndex) {
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let index = try BundleReader(FilePath(url.path)).index()
        var bytes = [UInt8](try Data(contentsOf: url))
        edit(&bytes)
        let target = fixture.path("changed.tar.gz")
        try Data(bytes).write(to: target)
        return (target, index)
    }

    @Test(arguments: [512, 32 << 10, BundleFooter.maximumPadding])
    func zeroPaddingIsSkippedByListShowAndExtract(_ padding: Int) throws {
        let fixture = try ArchiveFixture()
        let (url, index) = try Self.bundle(in: fixture) { $0 += [UInt8](repeating: 0, count: padding) }
        let reader = try BundleReader(FilePath(url.path))
        #expect(reader.trailingPadding == padding)
        #expect(try reader.index() == index)
        let document = index.documents[1]
        let json = try reader.show(id: document.id, role: .json)
        #expect(SHA256Hex.digest(json) == document.member(.json)?.sha256)
        let summary = try BundleExtractor().extract(FilePath(url.path), into: FilePath(fixture.path("out").path))
        #expect(summary.trailingPadding == padding)
        #expect(summary.files == index.tagFiles.count + 3 + index.documents.reduce(0) { $0 + $1.members.count })
        // verify still says the file is not as written, in one problem that names the padding.
        let report = try BundleVerifier(toolVersion: "test", time: "t").verify(FilePath(url.path))
        #expect(!report.ok)
        #expect(report.documents.allSatisfy { $0.status == .good })
        #expect(report.problems.count == 1, "\(report.problems)")
        #expect(report.problems.first?.kind == .footer)
        #expect(report.problems.first?.message.contains("\(padding) zero bytes follow the footer") == true, "\(report.problems)")
    }

    @Test func paddingPastTheLimitIsRefusedInWordsThatNameIt() throws {
        let fixture = try ArchiveFixture()
        let (url, _) = try Self.bundle(in: fixture) { $0 += [UInt8](repeating: 0, count: BundleFooter.maximumPadding + 4096) }
        #expect {
            _ = try BundleReader(FilePath(url.path))
        } throws: { error in
            let error = error as? GazetteError
            return error?.code == .bundleDamaged && error?.message.contains("zero bytes") == true
        }
    }

    @Test func aFlippedBitInTheFooterIsReportedAsADamagedFooter() throws {
        let fixture = try ArchiveFixture()
        let (url, index) = try Self.bundle(in: fixture) { $0[$0.count - BundleFooter.length + 40] ^= 1 }
        let report = try BundleVerifier(toolVersion: "test", time: "t").verify(FilePath(url.path))
        #expect(!report.ok)
        #expect(report.documents.count == index.documents.count)
        #expect(report.documents.allSatisfy { $0.status == .good })
        #expect(report.problems.count == 1, "\(report.problems)")
        let problem = try #require(report.problems.first)
        #expect(problem.kind == .footer)
        #expect(problem.message.contains("footer") && problem.message.contains("damaged"), "\(problem.message)")
        #expect(!problem.message.contains("truncated"), "\(problem.message)")
        #expect(problem.offset == (try Data(contentsOf: url)).count - BundleFooter.length)
        // list, show and extract, which need it, say the same.
        #expect {
            _ = try BundleReader(FilePath(url.path))
        } throws: { error in
            (error as? GazetteError)?.message.hasPrefix("footer: damaged, ") == true
        }
    }

    /// A cut inside the footer leaves the footer's identifier in the last 92 bytes, but not at its
    /// place: that is a truncated bundle, read to its end, not a damaged footer.
    @Test func aCutInsideTheFooterIsStillATruncation() throws {
        let fixture = try ArchiveFixture()
        let (url, _) = try Self.bundle(in: fixture) { $0.removeLast(BundleFooter.length - 40) }
        let report = try BundleVerifier(toolVersion: "test", time: "t").verify(FilePath(url.path))
        #expect(report.problems.contains { $0.kind == .truncated }, "\(report.problems)")
        #expect(report.problems.contains { $0.kind == .footer && $0.message.contains("truncated") }, "\(report.problems)")
        #expect(!report.problems.contains { $0.message.contains("damaged") || $0.message.contains("end-of-archive") }, "\(report.problems)")
    }

    @Test func tarGarbageInsideAMemberIsWordedAsDamage() throws {
        let fixture = try ArchiveFixture()
        var stray = TarHeader.encodeFile(name: "gazette-2020/data/json/ffffffffffffffff.json", size: 2, mtime: 0)
        stray += Array("{}".utf8) + [7] + [UInt8](repeating: 0, count: 509)  // a non-zero byte in the padding
        let member = try GzipMember.compress(stray)
        let (url, _) = try Self.bundle(in: fixture) { $0 += member }
        let report = try BundleVerifier(toolVersion: "test", time: "t").verify(FilePath(url.path))
        #expect(report.problems.contains { $0.kind == .corruptMember && $0.message.contains("damaged member: tar padding is not zero") },
                "\(report.problems)")
    }
}
