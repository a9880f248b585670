import Foundation
import Testing
import TestSupport

/// A second `archive build` into a folder that holds the year's bundle replaces it only when no
/// document leaves the archive by it: a records office adding a new batch with
/// `build new/ -o bundles` must not lose the earlier batches in silence.
@Suite("archive build over an existing bundle")
struct BuildReplacementCommandTests {
    /// Two batches of 2014 reports: the shipped one, and a copy of it with another agency's name.
    static func batches(in root: TemporaryDirectory) throws -> (first: String, second: String) {
        let folder = Fixtures.originals.appendingPathComponent("2014")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        try root.write("first/\(name)", Array(text.utf8))
        try root.write("second/other.txt", Array(text.replacingOccurrences(of: "博尔塔拉", with: "某某").utf8))
        return (root.path("first").path, root.path("second").path)
    }

    @Test func aBundleHoldingDocumentsTheInputsLackIsKept() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let (first, second) = try Self.batches(in: root)
        let out = root.path("bundles").path, bundle = root.path("bundles/gazette-2014.tar.gz")
        #expect(try CommandRunner.gazette(["archive", "build", first, "-o", out, "-q"]).status == 0)
        let before = try Data(contentsOf: bundle)

        // The same inputs again: nothing leaves, the bundle is rebuilt.
        #expect(try CommandRunner.gazette(["archive", "build", first, "-o", out, "-q"]).status == 0)
        // Another batch alone: refused, the bundle untouched.
        let refused = try CommandRunner.gazette(["archive", "build", second, "-o", out, "-q"])
        #expect(refused.status == 73)
        let lines = refused.err.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("gazette: error: \(bundle.path): already exists and holds 1 document not among these inputs (first "), "\(refused.err)")
        #expect(refused.err.contains("pass --replace"))
        #expect(try Data(contentsOf: bundle) == before)
        #expect(!refused.out.contains("archived"), "no bundle is said to be written: \(refused.out)")

        // Both batches: a superset, written.
        #expect(try CommandRunner.gazette(["archive", "build", first, second, "-o", out, "-q"]).status == 0)
        #expect(try Self.documents(bundle) == 2)
        // --replace: written over, as asked.
        #expect(try CommandRunner.gazette(["archive", "build", second, "-o", out, "-q", "--replace"]).status == 0)
        #expect(try Self.documents(bundle) == 1)
    }

    @Test func aFileThatIsNotABundleIsKept() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let (first, _) = try Self.batches(in: root)
        try root.write("bundles/gazette-2014.tar.gz", Array("not a bundle".utf8))
        let result = try CommandRunner.gazette(["archive", "build", first, "-o", root.path("bundles").path, "-q"])
        #expect(result.status == 73)
        #expect(result.err.contains("already exists and cannot be read as a gazette bundle"), "\(result.err)")
        #expect(try String(contentsOf: root.path("bundles/gazette-2014.tar.gz"), encoding: .utf8) == "not a bundle")
    }

    /// A bundle that cannot be written (here a folder holds its name) does not stop the other years,
    /// and the line names the bundle, not a temporary file.
    @Test func aBundleThatCannotBeWrittenDoesNotStopTheOthers() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        try root.write("bundles/gazette-2014.tar.gz/inside", Array("x".utf8))
        let result = try CommandRunner.gazette(["archive", "build", Fixtures.originals.path, "-o", root.path("bundles").path, "-q", "--replace"])
        #expect(result.status == 73)
        let lines = result.err.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("gazette: error: \(root.path("bundles/gazette-2014.tar.gz").path): not written: "), "\(result.err)")
        for year in [2013, 2016, 2017, 2019] {
            #expect(FileManager.default.fileExists(atPath: root.path("bundles/gazette-\(year).tar.gz").path), "\(year)")
        }
        #expect(result.out.contains("archived 4 documents in 4 bundles: ") && result.out.contains("1 bundle not written"), "\(result.out)")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path("bundles").path)
        #expect(left.allSatisfy { !$0.hasPrefix(".") }, "no temporary file is left: \(left)")
    }

    static func documents(_ bundle: URL) throws -> Int {
        let listed = try CommandRunner.gazette(["archive", "list", bundle.path, "--json"])
        let index = try JSONSerialization.jsonObject(with: listed.stdout) as? [String: Any]
        return (index?["documents"] as? [Any])?.count ?? -1
    }
}
