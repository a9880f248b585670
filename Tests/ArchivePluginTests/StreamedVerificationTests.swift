@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// The streamed pass may call a bundle intact only when the detailed pass finds nothing wrong, and
/// what `verify` reports must not depend on which pass produced it.
@Suite("Verify: the streamed pass agrees with the detailed one")
struct StreamedVerificationTests {
    static let verifier = BundleVerifier(toolVersion: "test", time: "t")

    /// Checks both passes on `url`; `intact`: whether the streamed pass must finish (nil: either way).
    static func expectAgreement(_ url: URL, quick: Bool = false, intact expected: Bool?,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = FilePath(url.path)
        let file = try BundleFile(path)
        let streamed = StreamedVerification(file: file, quick: quick).run()
        let detailed = try verifier.detailedReport(file, path: path, quick: quick)
        if let streamed {
            #expect(detailed.problems == streamed.problems, sourceLocation: sourceLocation)
            #expect(detailed.members == streamed.members, sourceLocation: sourceLocation)
            #expect(detailed.documents.count == streamed.documents, sourceLocation: sourceLocation)
            #expect(detailed.documents.filter { $0.status != .good }.count == streamed.damagedDocuments, sourceLocation: sourceLocation)
        }
        if let expected { #expect((streamed != nil) == expected, sourceLocation: sourceLocation) }
        #expect(try verifier.verify(path, quick: quick) == detailed, sourceLocation: sourceLocation)
        var line: [UInt8] = []
        try verifier.check(path, quick: quick).writeJSONLine { line += $0 }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(line == Array(try encoder.encode(detailed)) + [0x0A], sourceLocation: sourceLocation)
    }

    @Test(arguments: [false, true])
    func intactBundlesAreStreamedWithTheSameReport(quick: Bool) throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        try fixture.build()
        let bundles = try FileManager.default.contentsOfDirectory(at: fixture.bundles, includingPropertiesForKeys: nil)
        #expect(!bundles.isEmpty)
        for bundle in bundles { try Self.expectAgreement(bundle, quick: quick, intact: true) }
    }

    @Test func documentsKeptAsOriginalOnlyAreStreamed() throws {
        let fixture = try OriginalOnlyTests.fixture()
        defer { withExtendedLifetime(fixture) {} }
        try fixture.build()
        for bundle in try FileManager.default.contentsOfDirectory(at: fixture.bundles, includingPropertiesForKeys: nil) {
            try Self.expectAgreement(bundle, intact: true)
        }
    }

    @Test(arguments: DamageTests.Damage.allCases)
    func damageIsReportedAsTheDetailedPassReportsIt(_ damage: DamageTests.Damage) throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        let (url, _, _) = try DamageTests.damagedBundle(damage, in: fixture)
        // A payload member's bit rot is reported by the streamed pass itself; the rest by the detailed one.
        let streamed: Bool? = switch damage {
        case .payloadBitFlip: true
        case .tarHeaderBitFlip: nil
        default: false
        }
        try Self.expectAgreement(url, intact: streamed)
        try Self.expectAgreement(url, quick: true, intact: streamed)
    }

    /// Bit rot inside payload members, one to three members at a time: the streamed pass reports it
    /// itself (most of the time) and must say exactly what the detailed pass says.
    @Test func bitRotInPayloadMembersIsReportedAlike() throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let good = [UInt8](try Data(contentsOf: url))
        let spans = try BundleReader(FilePath(url.path)).index().documents.flatMap(\.members).map { $0.offset..<($0.offset + $0.compressedSize) }
        var generator = SystemRandomNumberGenerator()
        let target = fixture.path("rotten.tar.gz")
        var streamed = 0
        for round in 0..<30 {
            var bytes = good
            for span in spans.shuffled(using: &generator).prefix(1 + round % 3) {
                // Past the 10-byte gzip header: bit rot in the data or the trailer.
                bytes[Int.random(in: (span.lowerBound + 10)..<span.upperBound, using: &generator)] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
            }
            try Data(bytes).write(to: target)
            try Self.expectAgreement(target, intact: nil)
            if StreamedVerification(file: try BundleFile(FilePath(target.path)), quick: false).run() != nil { streamed += 1 }
        }
        #expect(streamed > 10, "the streamed pass reported only \(streamed) of 30 rotten bundles itself")
    }

    /// Bit flips anywhere: both passes must give the same report.
    @Test func randomBitFlipsAreReportedAlike() throws {
        let fixture = try ArchiveFixture()
        defer { withExtendedLifetime(fixture) {} }
        try fixture.build(year: 2020)
        let good = [UInt8](try Data(contentsOf: fixture.bundle("gazette-2020.tar.gz")))
        var generator = SystemRandomNumberGenerator()
        let target = fixture.path("flipped.tar.gz")
        for _ in 0..<40 {
            var bytes = good
            bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
            try Data(bytes).write(to: target)
            try Self.expectAgreement(target, intact: nil)
        }
    }
}

extension StreamedVerificationTests {
    /// Semantic mistakes with every member intact (so no CRC gives them away): each must send the
    /// bundle to the detailed pass, which must find it.
    @Test(arguments: HostileBundle.Tweak.allCases)
    func tagFileIndexAndLookupMistakesAreNotStreamed(_ tweak: HostileBundle.Tweak) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-tweak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("gazette-2020.tar.gz")
        try HostileBundle.write([HostileBundle.Entry(name: HostileBundle.bag + "/" + HostileBundle.originalPath)], tweak: tweak, to: url)
        try Self.expectAgreement(url, intact: tweak == .none)
        #expect(try Self.verifier.verify(FilePath(url.path)).ok == (tweak == .none))
    }
}
