@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// A bundle whose every CRC, size and digest is right but whose order breaks `Archive/FORMAT.md`
/// 2.2 is refused by extract, so verify must not call it OK: it names the same reason, and still
/// reports every document good.
@Suite("Verify: the order extract requires")
struct VerifyOrderTests {
    static let orderTweaks: [HostileBundle.Tweak] = [.tagFileOrder, .memberOrder, .documentOrder, .entryOrder]

    /// What verify must report for `tweak` (and nothing else), as kind and message.
    static func expectedProblems(_ tweak: HostileBundle.Tweak) -> [(VerifyReport.Problem.Kind, String)] {
        let order = "the index is not in the bundle's order: document 00000000000000bb"
        return switch tweak {
        case .tagFileOrder:
            [(.indexMismatch, #"the index lists the tag files ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"], not ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"]"#),
             (.structure, "entry bag-info.txt is out of the bundle's order (expected bagit.txt)")]
        case .memberOrder: [(.indexMismatch, #"\#(order) lists its members as ["html", "json", "original"], not original, json, html in that order"#)]
        case .documentOrder: [(.indexMismatch, "\(order) is listed after 00000000000000cc (documents are sorted by id, each once)")]
        default: [(.structure, "entry data/original/00000000000000cc.txt is out of the bundle's order (expected data/original/00000000000000bb.txt)")]
        }
    }

    /// What extract says of the same bundle.
    static func extractMessage(_ tweak: HostileBundle.Tweak) -> String {
        let message = expectedProblems(tweak)[0].1
        return tweak == .entryOrder ? message.replacingOccurrences(of: "data/", with: HostileBundle.bag + "/data/") : message
    }

    @Test(arguments: orderTweaks)
    func verifyReportsTheOrderExtractRefuses(_ tweak: HostileBundle.Tweak) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("gazette-2020.tar.gz")
        try HostileBundle.write([HostileBundle.Entry(name: HostileBundle.bag + "/" + HostileBundle.originalPath)], tweak: tweak, to: url)

        for quick in [false, true] {
            let report = try StreamedVerificationTests.verifier.verify(FilePath(url.path), quick: quick)
            #expect(!report.ok, "\(tweak)")
            let expected = Self.expectedProblems(tweak)
            #expect(report.problems.map(\.kind) == expected.map(\.0), "\(tweak): \(report.problems)")
            #expect(report.problems.map(\.message) == expected.map(\.1), "\(tweak)")
            // Not tied to a document, so the text report prints them (it prints a document's only under a bad verdict).
            #expect(report.problems.allSatisfy { $0.documentID == nil })
            #expect(Set(report.documents.map(\.id)) == [HostileBundle.id, "00000000000000bb", "00000000000000cc"])
            #expect(report.documents.allSatisfy { $0.status == .good }, "\(tweak): \(report.documents)")
            try StreamedVerificationTests.expectAgreement(url, quick: quick, intact: false)
        }

        let error = try #require(throws: GazetteError.self) {
            _ = try BundleExtractor().extract(FilePath(url.path), into: FilePath(root.appendingPathComponent("out").path))
        }
        #expect(error.code == .unsafeEntry)
        #expect(error.message == Self.extractMessage(tweak), "\(tweak)")
    }

    /// Entries moved while the index keeps its offsets (ExtractOrderTests' bundles): verify names
    /// the entry extract refuses, besides the offsets the index gets wrong.
    @Test func swappedDocumentsAreNamedAsExtractNamesThem() throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        let (bundle, index) = try ExtractOrderTests.changed(.swappedDocuments, in: fixture)
        let report = try StreamedVerificationTests.verifier.verify(FilePath(bundle.path))
        #expect(!report.ok)
        let first = index.documents[0].members[0].path, second = index.documents[1].members[0].path
        let problem = try #require(report.problems.first { $0.kind == .structure }, "\(report.problems)")
        #expect(problem.message == "entry \(second) is out of the bundle's order (expected \(first))")
        #expect(problem.offset == index.documents[0].members[0].offset)
        #expect(report.problems.contains { $0.kind == .indexMismatch && $0.message.contains("member offsets in the index disagree") })
        try StreamedVerificationTests.expectAgreement(bundle, intact: false)
    }

    /// Every bundle extract refuses for its entries' order is not OK for verify either.
    @Test(arguments: ExtractOrderTests.Change.allCases)
    func bundlesExtractRefusesForTheirOrderAreNotOK(_ change: ExtractOrderTests.Change) throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        let (bundle, _) = try ExtractOrderTests.changed(change, in: fixture)
        #expect(try !StreamedVerificationTests.verifier.verify(FilePath(bundle.path)).ok, "\(change)")
        try StreamedVerificationTests.expectAgreement(bundle, intact: false)
    }
}
