@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// Damage a good bundle in one way; verify must fail, name what is damaged, and keep the rest good.
@Suite("Verify: damage is found, named, and the rest still reported good")
struct DamageTests {
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case payloadBitFlip, tarHeaderBitFlip, indexBitFlip, footerBitFlip, tagManifestBitFlip, truncated, droppedMember, strayMember
        var testDescription: String { rawValue }
    }

    struct Outcome {
        var report: VerifyReport
        var index: BundleIndex
        var victim: BundleDocument
    }

    /// Builds one bundle of four documents, damages it, verifies it.
    static func damaged(_ damage: Damage) throws -> Outcome {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        let (target, index, victim) = try damagedBundle(damage, in: fixture)
        let report = try BundleVerifier(toolVersion: "test", time: "t").verify(FilePath(target.path))
        return Outcome(report: report, index: index, victim: victim)
    }

    /// Builds one bundle of four documents in `fixture` and writes a copy damaged by `damage`;
    /// returns the copy, the good bundle's index and the document the damage aims at.
    static func damagedBundle(_ damage: Damage, in fixture: ArchiveFixture) throws -> (url: URL, index: BundleIndex, victim: BundleDocument) {
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let index = try BundleReader(FilePath(url.path)).index()
        var bytes = [UInt8](try Data(contentsOf: url))
        let victim = index.documents[1]
        let json = victim.member(.json)!
        func tag(_ path: String) -> BundleMember { index.tagFiles.first { $0.path == path }! }
        switch damage {
        case .payloadBitFlip: bytes[json.offset + json.compressedSize / 2] ^= 0x20
        case .tarHeaderBitFlip: bytes[json.offset + 12] ^= 0x01  // the first deflate bytes encode the tar header
        case .indexBitFlip:
            let footer = try BundleFooter.decode(Array(bytes.suffix(BundleFooter.length)), fileSize: bytes.count)
            bytes[footer.index.offset + footer.index.length / 2] ^= 0x08
        case .footerBitFlip: bytes[bytes.count - 40] ^= 0x04
        case .tagManifestBitFlip:
            let footer = try BundleFooter.decode(Array(bytes.suffix(BundleFooter.length)), fileSize: bytes.count)
            bytes[footer.tagManifest.offset + footer.tagManifest.length / 2] ^= 0x10
        case .truncated: bytes.removeLast(bytes.count - (json.offset + json.compressedSize / 2))
        case .droppedMember: bytes.removeSubrange(json.offset..<(json.offset + json.compressedSize))
        case .strayMember:
            var entry = TarHeader.encodeFile(name: "gazette-2020/data/json/ffffffffffffffff.json", size: 2, mtime: 0)
            entry += Array("{}".utf8) + [UInt8](repeating: 0, count: 510)
            bytes += try GzipMember.compress(entry)
        }
        _ = tag
        let target = fixture.path("damaged.tar.gz")
        try Data(bytes).write(to: target)
        return (target, index, victim)
    }

    @Test(arguments: Damage.allCases)
    func verifyFailsAndNamesTheDamage(_ damage: Damage) throws {
        let outcome = try Self.damaged(damage)
        let report = outcome.report
        #expect(!report.ok)
        #expect(!report.problems.isEmpty)
        let statuses = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.id, $0) })
        switch damage {
        case .payloadBitFlip, .tarHeaderBitFlip, .droppedMember:
            let victim = try #require(statuses[outcome.victim.id])
            #expect(victim.status != .good)
            #expect(victim.title == outcome.victim.title)
            #expect(victim.originalName == outcome.victim.originalName)
            #expect(victim.offset == outcome.victim.member(.json)!.offset)
            let others = report.documents.filter { $0.id != outcome.victim.id }
            #expect(others.count == outcome.index.documents.count - 1)
            #expect(others.allSatisfy { $0.status == .good }, "\(others)")
        case .truncated:
            #expect(statuses[outcome.victim.id]?.status == .damaged)
            #expect(statuses[outcome.index.documents[0].id]?.status == .good)
            let later = outcome.index.documents.dropFirst(2).map { statuses[$0.id]?.status }
            #expect(later.allSatisfy { $0 != .good })
            #expect(report.problems.contains { $0.kind == .truncated })
        case .indexBitFlip, .footerBitFlip, .tagManifestBitFlip:
            #expect(report.documents.count == outcome.index.documents.count)
            #expect(report.documents.allSatisfy { $0.status == .good }, "\(report.documents)")
            let named: String = switch damage {
            case .indexBitFlip: BundleFormat.indexPath
            case .tagManifestBitFlip: BundleFormat.tagManifestPath
            default: "footer"
            }
            #expect(report.problems.contains { $0.path == named || $0.kind == .footer && named == "footer" }, "\(report.problems)")
        case .strayMember:
            #expect(report.documents.allSatisfy { $0.status == .good })
            #expect(report.problems.contains { $0.kind == .extraEntry && $0.path == "data/json/ffffffffffffffff.json" }
                    || report.problems.contains { $0.message.contains("after the end-of-archive") }, "\(report.problems)")
        }
    }

    @Test func quickModeStillFindsStructuralDamage() throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        #expect(try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(url.path), quick: true).ok)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: url)
        #expect(try !BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(url.path), quick: true).ok)
    }

    @Test func reportEncodesWithSchemaVersionAndTime() throws {
        let report = try Self.damaged(.payloadBitFlip).report
        let json = try JSONSerialization.jsonObject(with: Data(report.encoded())) as? [String: Any]
        #expect(json?["schema"] as? String == "gazette.verify-report/1")
        #expect(json?["toolVersion"] as? String == "test")
        #expect(json?["time"] as? String == "t")
        #expect(json?["ok"] as? Bool == false)
    }
}
