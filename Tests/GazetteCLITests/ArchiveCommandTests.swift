import Foundation
import Testing
import TestSupport

/// The README's main job run as a user would: the built binary, no arguments, from a folder laid out
/// like the repository root, on a copy of the shipped collection.
@Suite("gazette archive build, verify, list, show, extract (end to end)")
struct ArchiveCommandTests {
    /// A scratch repository root holding `Archive/originals` copied from the shipped collection.
    static func scratchRoot() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.path("Archive"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.originals, to: directory.path("Archive/originals"))
        return directory
    }

    /// The shipped originals' report years, one bundle each.
    static let years = ["2013", "2014", "2016", "2017", "2019"]

    @Test func buildVerifyListShowExtractWithDefaults() throws {
        let root = try Self.scratchRoot()
        defer { root.remove() }
        let build = try CommandRunner.gazette(["archive", "build"], in: root.url)
        #expect(build.status == 0, "\(build.err)")
        #expect(build.out.contains("archived 5 documents in 5 bundles"), "\(build.out)")
        let bundles = try FileManager.default.contentsOfDirectory(atPath: root.path("Archive/bundles").path).sorted()
        #expect(bundles == Self.years.map { "gazette-\($0).tar.gz" })

        let verify = try CommandRunner.gazette(["archive", "verify"], in: root.url)
        #expect(verify.status == 0, "\(verify.out)\(verify.err)")
        #expect(verify.out.split(separator: "\n").filter { $0.contains(": OK") }.count == 5, "\(verify.out)")
        #expect(verify.out.hasSuffix("all 5 bundles OK\n"), "\(verify.out)")

        let bundle = root.path("Archive/bundles/gazette-2016.tar.gz").path
        let list = try CommandRunner.gazette(["archive", "list", "--json", bundle])
        #expect(list.status == 0, "\(list.err)")
        let index = try #require(JSONSerialization.jsonObject(with: list.stdout) as? [String: Any])
        let documents = try #require(index["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        let id = try #require(documents.first?["id"] as? String)
        let sourcePath = try #require(documents.first?["sourcePath"] as? String)
        let table = try CommandRunner.gazette(["archive", "list", bundle])
        #expect(table.status == 0 && table.out.contains(id))

        let original = try CommandRunner.gazette(["archive", "show", bundle, id, "--as", "original"])
        #expect(original.status == 0, "\(original.err)")
        let source = try Data(contentsOf: root.path("Archive/originals").appendingPathComponent(sourcePath))
        #expect(original.stdout == source)
        let json = try CommandRunner.gazette(["archive", "show", bundle, id])
        #expect(json.status == 0 && json.out.contains("\"schema\": \"gazette.document/1\""), "\(json.err)")

        let extract = try CommandRunner.gazette(["archive", "extract", bundle, "-o", root.path("out").path])
        #expect(extract.status == 0, "\(extract.err)")
        let extracted = root.path("out/gazette-2016/data/original")
        let files = try FileManager.default.contentsOfDirectory(atPath: extracted.path)
        #expect(files.count == 1)
        #expect(try Data(contentsOf: extracted.appendingPathComponent(files[0])) == source)
    }

    @Test func aDamagedBundleFailsVerifyWithExitTwoAndIsNamed() throws {
        let root = try Self.scratchRoot()
        defer { root.remove() }
        #expect(try CommandRunner.gazette(["archive", "build"], in: root.url).status == 0)
        let bundle = root.path("Archive/bundles/gazette-2017.tar.gz")
        var bytes = [UInt8](try Data(contentsOf: bundle))
        bytes[bytes.count / 4] ^= 0x10
        try Data(bytes).write(to: bundle)
        let verify = try CommandRunner.gazette(["archive", "verify"], in: root.url)
        #expect(verify.status == 2, "\(verify.out)\(verify.err)")
        #expect(verify.out.contains("gazette-2017.tar.gz: DAMAGED"), "\(verify.out)")
        #expect(verify.out.split(separator: "\n").filter { $0.contains(": OK") }.count == 4, "\(verify.out)")
        #expect(verify.out.contains("1 bundle of 5 DAMAGED"), "\(verify.out)")
        let report = try CommandRunner.gazette(["archive", "verify", "--json", bundle.path])
        #expect(report.status == 2)
        let object = try #require(JSONSerialization.jsonObject(with: report.stdout) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
    }

    @Test("a bundle that cannot be opened is reported and the rest are still verified")
    func verifyGoesOnPastAMissingBundle() throws {
        let root = try Self.scratchRoot()
        defer { root.remove() }
        #expect(try CommandRunner.gazette(["archive", "build"], in: root.url).status == 0)
        let good = root.path("Archive/bundles/gazette-2017.tar.gz").path
        let empty = root.path("empty.tar.gz")
        try Data().write(to: empty)
        let mixed = try CommandRunner.gazette(["archive", "verify", good, root.path("nope.tar.gz").path, empty.path])
        #expect(mixed.status == 2, "\(mixed.out)\(mixed.err)")
        #expect(mixed.err == "gazette: error: \(root.path("nope.tar.gz").path): no such file\n")
        #expect(mixed.out.contains("gazette-2017.tar.gz: OK") && mixed.out.contains("empty.tar.gz: DAMAGED — 0 documents, "))
        #expect(mixed.out.hasSuffix("1 bundle of 3 DAMAGED; 1 of 3 could not be verified\n"), "\(mixed.out)")
        let missingOnly = try CommandRunner.gazette(["archive", "verify", root.path("nope.tar.gz").path, good])
        #expect(missingOnly.status == 66)
        #expect(missingOnly.out.contains("gazette-2017.tar.gz: OK") && missingOnly.out.hasSuffix("1 bundle OK; 1 of 2 could not be verified\n"))

        // --json: one report a line for every bundle named, the missing one too (not ok, why in its problem).
        let json = try CommandRunner.gazette(["archive", "verify", "--json", root.path("nope.tar.gz").path, good])
        #expect(json.status == 66)
        let lines = json.out.split(separator: "\n")
        #expect(lines.count == 2, "\(json.out)")
        let missing = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(missing["ok"] as? Bool == false && missing["bundle"] as? String == root.path("nope.tar.gz").path)
        let problem = try #require((missing["problems"] as? [[String: Any]])?.first)
        #expect(problem["kind"] as? String == "unreadableBytes" && problem["message"] as? String == "no such file")
        if SchemaValidator.isAvailable {
            for (number, line) in lines.enumerated() { try Data(line.utf8).write(to: root.path("report-\(number).json")) }
            #expect(try SchemaValidator.errors(schema: "verify-report.schema.json", files: [root.path("report-0.json"), root.path("report-1.json")]) == [])
        }
    }

    @Test func twoBuildsOfTheShippedCollectionAreByteIdentical() throws {
        let root = try Self.scratchRoot()
        defer { root.remove() }
        for output in ["one", "two"] {
            let build = try CommandRunner.gazette(["archive", "build", root.path("Archive/originals").path, "-o", root.path(output).path])
            #expect(build.status == 0, "\(build.err)")
        }
        for year in Self.years {
            let name = "gazette-\(year).tar.gz"
            #expect(try Data(contentsOf: root.path("one/\(name)")) == Data(contentsOf: root.path("two/\(name)")), "\(name)")
        }
    }

    /// `build orig orig/2014` reaches the 2014 report twice: one input, not an alias of itself.
    @Test func aFileReachedFromTwoArgumentsIsOneInput() throws {
        let root = try Self.scratchRoot()
        defer { root.remove() }
        let originals = root.path("Archive/originals").path
        let once = try CommandRunner.gazette(["archive", "build", originals, "-o", root.path("once").path])
        let twice = try CommandRunner.gazette(["archive", "build", originals, originals + "/2014", "-o", root.path("twice").path])
        #expect(twice.status == 0 && !twice.err.contains("alias"), "\(twice.err)")
        for year in Self.years {
            let name = "gazette-\(year).tar.gz"
            #expect(try Data(contentsOf: root.path("once/\(name)")) == Data(contentsOf: root.path("twice/\(name)")), "\(name)")
        }
        #expect(once.out.split(separator: "\n").last?.hasPrefix("archived 5 documents") == true, "\(once.out)")
    }

    @Test func verifyWithNoBundlesSaysToBuildFirst() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let verify = try CommandRunner.gazette(["archive", "verify"], in: root.url)
        #expect(verify.status != 0)
        #expect(verify.err.contains("archive build"))
    }
}
