@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// Damage is described in words and names the file it hit, never with a Swift enum's spelling
/// (`checksumMismatch`, `invalid("no gzip signature")`, `needMore`).
@Suite("Damage messages: plain words, the damaged file named")
struct DamageMessageTests {
    static let swiftSpellings = ["checksumMismatch", "needMore", "invalid(", "corrupt(", "badHeader(", "overLimit", "truncated)"]

    static func plain(_ text: String) -> Bool { !swiftSpellings.contains { text.contains($0) } }

    @Test func everyOutcomeAndFailureReadsAsWords() {
        let outcomes: [MemberStream.Outcome] = [.ok, .badHeader("no gzip signature"), .corrupt("invalid distance too far back"),
                                                 .truncated, .checksumMismatch, .overLimit, .stopped]
        for outcome in outcomes { #expect(Self.plain("\(outcome)"), "\(outcome)") }
        #expect("\(MemberStream.Outcome.corrupt("invalid distance too far back"))" == "corrupt deflate data: invalid distance too far back")
        #expect("\(GzipHeader.Failure.invalid("no gzip signature"))" == "no gzip signature")
        #expect("\(GzipHeader.Failure.needMore)" == "cut short")
        for failure in [Inflater.Failure.corrupt("bad"), .overLimit, .stopped] { #expect(Self.plain("\(failure)"), "\(failure)") }
    }

    /// One bit of the victim's original member flipped in the CRC trailer, or in its first bytes.
    @Test(arguments: [true, false])
    func extractShowAndVerifyNameTheDamagedFile(atTheTrailer: Bool) throws {
        let fixture = try ArchiveFixture()
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let document = try BundleReader(FilePath(url.path)).index().documents[1]
        let original = try #require(document.member(.original))
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[atTheTrailer ? original.offset + original.compressedSize - 6 : original.offset] ^= 0x01
        let damaged = fixture.path("damaged.tar.gz")
        try Data(bytes).write(to: damaged)

        let extract = try #require(throws: GazetteError.self) {
            _ = try BundleExtractor().extract(FilePath(damaged.path), into: FilePath(fixture.path("out").path))
        }
        let expected = atTheTrailer ? "\(original.path): unreadable gzip member: gzip CRC mismatch"
            : "unreadable gzip member where \(original.path) was expected: no gzip member here: no gzip signature"
        #expect(extract.message == expected + "; run gazette archive verify", "\(extract)")
        let show = try #require(throws: GazetteError.self) { _ = try BundleReader(FilePath(damaged.path)).show(id: document.id, role: .original) }
        #expect(show.message == "data/original/\(document.id).*: " + (atTheTrailer ? "gzip CRC mismatch" : "no valid gzip member here: no gzip signature"),
                "\(show)")
        let report = try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(damaged.path))
        for message in report.problems.map(\.message) + report.documents.flatMap(\.problems) + [extract.message, show.message] {
            #expect(Self.plain(message), "\(message)")
        }
    }

    /// A tag file's damage is printed on its own line, so its message names it.
    @Test func aDamagedLookupTableIsNamedByVerify() throws {
        let fixture = try ArchiveFixture()
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let footer = try BundleReader(FilePath(url.path)).footer.lookup
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[footer.offset + footer.length / 2] ^= 0x01
        try Data(bytes).write(to: url)
        let report = try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(url.path))
        #expect(report.problems.map(\.message).contains("index-lookup.bin: gzip CRC mismatch"), "\(report.problems.map(\.message))")
    }
}
