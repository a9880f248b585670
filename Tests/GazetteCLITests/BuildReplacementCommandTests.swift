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
        // --replace: written over, as asked, and what it drops is named even with -q.
        let replaced = try CommandRunner.gazette(["archive", "build", second, "-o", out, "-q", "--replace"])
        #expect(replaced.status == 0)
        #expect(try Self.documents(bundle) == 1)
        #expect(replaced.err.hasPrefix("gazette: warning: \(bundle.path): replaced (--replace), dropping 1 document not among these inputs (first "), "\(replaced.err)")
    }

    /// A report filed under another year by these inputs (a year folder renamed, a report without a
    /// year in its text moved) is named as such, not as missing from the inputs; a bundle of its
    /// old year that this build does not write is said to still hold it.
    @Test func aDocumentFiledUnderAnotherYearIsNamedAsMoved() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        // No year in its text: its folder decides.
        let text = Array("某某镇政府信息公开工作情况\n\n一、概述\n本镇依法公开政府信息。\n".utf8)
        try root.write("old/2015/report.txt", text)
        try root.write("new/2016/report.txt", text)
        let out = root.path("bundles").path
        #expect(try CommandRunner.gazette(["archive", "build", root.path("old").path, "-o", out, "-q"]).status == 0)
        let moved = try CommandRunner.gazette(["archive", "build", root.path("new").path, "-o", out, "-q"])
        #expect(moved.status == 0, "the 2015 bundle is not rewritten: nothing is refused")
        let old = root.path("bundles/gazette-2015.tar.gz").path
        #expect(moved.err.contains("gazette: warning: \(old): still holds 1 document these inputs now file under another year (first "), "\(moved.err)")
        #expect(moved.err.contains("report.txt, now in gazette-2016.tar.gz); it was not rebuilt, so those documents are in two bundles"), "\(moved.err)")

        // Both folders' years written by one build, the 2015 one without the report: refused, named as moved.
        try root.write("both/2015/other.txt", Array("某某乡2015年政府信息公开年度报告\n\n一、概述\n本乡依法公开政府信息。\n".utf8))
        try root.write("both/2016/report.txt", text)
        let refused = try CommandRunner.gazette(["archive", "build", root.path("both").path, "-o", out, "-q"])
        #expect(refused.status == 73)
        #expect(refused.err.contains("\(old): already exists and holds 1 document these inputs now file under another year (first "), "\(refused.err)")
    }

    /// A rebuild that lacks a copy the old bundle recorded as an alias says so: the record that
    /// the report also existed under that name goes with the old bundle.
    @Test func aRebuildWithoutAnAliasFileSaysSo() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let (first, _) = try Self.batches(in: root)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: first).first)
        try FileManager.default.createDirectory(at: root.path("first/misc"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.path("first/\(name)"), to: root.path("first/misc/copy.txt"))
        let out = root.path("bundles").path
        #expect(try CommandRunner.gazette(["archive", "build", first, "-o", out, "-q"]).status == 0)
        try FileManager.default.removeItem(at: root.path("first/misc/copy.txt"))
        let rebuilt = try CommandRunner.gazette(["archive", "build", first, "-o", out, "-q"])
        #expect(rebuilt.status == 0)
        let bundle = root.path("bundles/gazette-2014.tar.gz").path
        #expect(rebuilt.err.hasPrefix("gazette: warning: \(bundle): rebuilt without 1 alias it recorded (first misc/copy.txt, same bytes as "), "\(rebuilt.err)")
        // Built again the same way, nothing more is said.
        #expect(try CommandRunner.gazette(["archive", "build", first, "-o", out, "-q"]).err.isEmpty)
    }

    /// A killed build's temporary files in the bundles folder are removed by the next build, and
    /// nothing else that starts with a dot is.
    @Test func aKilledBuildsLeftoversAreRemovedByTheNextBuild() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let (first, _) = try Self.batches(in: root)
        let leftovers = [".gazette-2014.tar.gz.tmp-9610-2726473087", ".gazette-unknown.tar.gz.records-12-34", ".gazette-2014.tar.gz.tmp-12-34.lookup"]
        let kept = [".gazette-2014.partial-77", ".gazette-2014.tar.gz.tmp", ".hidden", ".gazette-2014.tar.gz.tmp-1-x"]
        for name in leftovers + kept { try root.write("bundles/\(name)", []) }
        let result = try CommandRunner.gazette(["archive", "build", first, "-o", root.path("bundles").path])
        #expect(result.status == 0, "\(result.err)")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: root.path("bundles").path))
        #expect(left == Set(kept + ["gazette-2014.tar.gz"]))
        #expect(result.err.contains("note: removed 3 temporary files a killed build left in "), "\(result.err)")
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
