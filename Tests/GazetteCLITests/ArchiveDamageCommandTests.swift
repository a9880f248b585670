import Foundation
import Testing
import TestSupport

/// Damaged bundles met by the built binary: one line on stderr and exit 2, never a trap.
@Suite("gazette archive on damaged bundles (end to end)")
struct ArchiveDamageCommandTests {
    /// The shipped collection built into a scratch folder; returns it and the 2019 bundle's path and only id.
    static func built() throws -> (root: TemporaryDirectory, bundle: String, id: String) {
        let root = try ArchiveCommandTests.scratchRoot()
        let build = try CommandRunner.gazette(["archive", "build"], in: root.url)
        #expect(build.status == 0, "\(build.err)")
        let bundle = root.path("Archive/bundles/gazette-2019.tar.gz").path
        let list = try CommandRunner.gazette(["archive", "list", "--json", bundle])
        let index = try #require(JSONSerialization.jsonObject(with: list.stdout) as? [String: Any])
        let id = try #require((index["documents"] as? [[String: Any]])?.first?["id"] as? String)
        return (root, bundle, id)
    }

    /// The tester's reproduction: one flipped bit, the top bit of the original's offset in the
    /// lookup record, made `show` trap (SIGILL, exit 132).
    @Test func showOfAFlippedLookupOffsetSaysTheTableIsDamaged() throws {
        let (root, bundle, id) = try Self.built()
        defer { root.remove() }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: bundle)))
        let idBytes = stride(from: 0, to: 16, by: 2).map { UInt8(id.dropFirst($0).prefix(2), radix: 16)! }
        let record = try #require(bytes.firstRange(of: idBytes)).lowerBound
        bytes[record + 8] ^= 0x80
        let damaged = root.path("rot.tar.gz")
        try Data(bytes).write(to: damaged)
        let show = try CommandRunner.gazette(["archive", "show", damaged.path, id, "--as", "original"])
        #expect(show.status == 2, "\(show.status) \(show.err)")
        #expect(show.stdout.isEmpty)
        #expect(show.err.split(separator: "\n").count == 1, "\(show.err)")
        #expect(show.err.hasPrefix("gazette: error: \(damaged.path): byte "), "\(show.err)")
        #expect(show.err.contains(": index-lookup.bin is damaged (the member does not read whole: gzip CRC mismatch)"), "\(show.err)")
        // The JSON's slot is intact and its member checks out: it is still shown.
        let json = try CommandRunner.gazette(["archive", "show", damaged.path, id, "--as", "json"])
        #expect(json.status == 0, "\(json.err)")
    }

    /// The tester's index rewritten with a member offset of 2^64 - 1 (valid CRC, footer re-pointed):
    /// verify and list trapped, and a multi-bundle verify stopped there.
    static let hugeOffset = Fixtures.packageRoot.appendingPathComponent("Tests/ArchivePluginTests/Fixtures/hostile/index-offset-2-64-minus-1.tar.gz").path

    @Test func verifyGoesOnPastAnIndexWithHugeNumbers() throws {
        let (root, _, _) = try Self.built()
        defer { root.remove() }
        let first = root.path("Archive/bundles/gazette-2013.tar.gz").path, last = root.path("Archive/bundles/gazette-2014.tar.gz").path
        let verify = try CommandRunner.gazette(["archive", "verify", first, Self.hugeOffset, last])
        #expect(verify.status == 2, "\(verify.status) \(verify.err)")
        #expect(verify.err.isEmpty, "\(verify.err)")
        #expect(verify.out.contains("gazette-2013.tar.gz: OK") && verify.out.contains("gazette-2014.tar.gz: OK"), "\(verify.out)")
        #expect(verify.out.contains("index-offset-2-64-minus-1.tar.gz: DAMAGED"), "\(verify.out)")
        #expect(verify.out.contains("index.json is malformed at byte "), "\(verify.out)")
        #expect(verify.out.hasSuffix("1 bundle of 3 DAMAGED\n"), "\(verify.out)")

        let list = try CommandRunner.gazette(["archive", "list", Self.hugeOffset])
        #expect(list.status == 2, "\(list.status) \(list.err)")
        #expect(list.err.split(separator: "\n").count == 1 && list.err.contains("index.json is malformed at byte "), "\(list.err)")
    }

    /// The 2019 bundle with its index rewritten to give the original 300030044 bytes (valid CRC, footer re-pointed).
    static let nineDigitSize = Fixtures.packageRoot.appendingPathComponent("Tests/ArchivePluginTests/Fixtures/hostile/index-size-300030044.tar.gz").path

    /// A size of 9 digits ran into the title ('300030044某县…'): now the column holds 10 and a
    /// wider value still ends with a space.
    @Test func listKeepsTheSizeApartFromTheTitle() throws {
        let list = try CommandRunner.gazette(["archive", "list", Self.nineDigitSize])
        #expect(list.status == 0, "\(list.err)")
        let lines = list.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(list.out)")
        let header = try #require(lines.first), line = try #require(lines.last)
        #expect(line.split(separator: " ", omittingEmptySubsequences: true)[4] == "300030044", "\(line)")
        // The title starts where the header's does: the columns line up, with room for 10 digits.
        let column = { (text: String, word: String) in text.distance(from: text.startIndex, to: text.range(of: word)!.lowerBound) }
        #expect(column(header, "title") - column(header, "bytes") >= 11, "\(header)")
        #expect(column(line, "300030044") == column(header, "bytes"), "\(line)")
        #expect(line.utf16.count > column(header, "title") && line.dropFirst(column(header, "title") - 1).first == " ", "\(line)")
    }
}
