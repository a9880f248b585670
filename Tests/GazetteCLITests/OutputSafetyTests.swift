import Foundation
import Testing
import TestSupport

/// `convert -o DIR` and `archive build -o DIR` never write one output over another or over an
/// input, and never take their own outputs for inputs (end to end).
@Suite("Outputs never overwrite inputs or each other")
struct OutputSafetyTests {
    static let first = Array("第一份报告\n".utf8), second = Array("第二份报告\n".utf8)

    @Test("two inputs with one output name: the first is written, the second refused by name")
    func collidingOutputs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("x/a.txt", Self.first)
        try directory.write("y/a.txt", Self.second)
        try directory.write("y/b.txt", Self.first)
        try directory.write("y/b.json", Array(#"{"not":"gazette"}"#.utf8))
        let out = directory.path("out")
        let result = try CommandRunner.gazette(["convert", directory.path("x").path, directory.path("y").path, "-o", out.path])
        #expect(result.status == 1)
        let lines = result.err.split(separator: "\n")
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.contains { $0.contains("y/a.txt: its output a.json is already the output of") && $0.contains("x/a.txt")
            && $0.hasSuffix("(give the folder that holds both, so that each keeps its subfolder, or rename one)") })
        let written = try String(contentsOf: out.appendingPathComponent("a.json"), encoding: .utf8)
        #expect(written.contains("第一份报告"))
    }

    @Test("the same file named twice is converted once, without an error")
    func repeatedInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("a.txt", Self.first)
        let result = try CommandRunner.gazette(["convert", file.path, file.path, "-o", directory.path("out").path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.isEmpty)
    }

    /// `convert legacy -o legacy` run again (after a fix, or with new files): each earlier output is
    /// recognised by its provenance and written over from its source; a JSON file that is not
    /// Gazette's output of its neighbour stays an input and is still protected.
    @Test("converting a folder into itself can be run again")
    func convertIntoItselfTwice() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("legacy/2019/a.txt", Self.first)
        try directory.write("legacy/2019/b.txt", Self.second)
        try directory.write("legacy/2019/c.txt", Self.first + Self.second)
        try directory.write("legacy/2019/c.json", Array(#"{"not":"gazette"}"#.utf8))
        let legacy = directory.path("legacy").path
        let once = try CommandRunner.gazette(["convert", legacy, "-o", legacy])
        #expect(once.status == 1, "c.json is an input, so c.txt cannot be written over it")
        let before = try Data(contentsOf: directory.path("legacy/2019/a.json"))

        try directory.write("legacy/2019/d.txt", Self.second)
        let again = try CommandRunner.gazette(["convert", legacy, "-o", legacy])
        #expect(again.status == 1)
        let lines = again.err.split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains("c.txt") || $0.contains("c.json") }, "\(again.err)")
        #expect(try Data(contentsOf: directory.path("legacy/2019/a.json")) == before, "a.txt converted again, to the same output")
        #expect(FileManager.default.fileExists(atPath: directory.path("legacy/2019/d.json").path))
        #expect(try String(contentsOf: directory.path("legacy/2019/c.json"), encoding: .utf8) == #"{"not":"gazette"}"#)
        // An earlier output whose source is not among the inputs is an input like any JSON document.
        try FileManager.default.removeItem(at: directory.path("legacy/2019/b.txt"))
        let orphan = try CommandRunner.gazette(["convert", directory.path("legacy/2019/b.json").path, "-o", directory.path("legacy/2019").path])
        #expect(orphan.status != 0 && orphan.err.contains("is an input file; not overwritten"), "\(orphan.err)")
    }

    @Test("converting pages into their own folder refuses to replace them")
    func outputOverInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let page = Array("<html><head><meta charset=utf-8><title>报告</title></head><body><p>正文内容</p></body></html>".utf8)
        try directory.write("pages/a.html", page)
        try directory.write("pages/b.txt", Self.first)
        let pages = directory.path("pages")
        let result = try CommandRunner.gazette(["convert", pages.path, "--to", "html", "-o", pages.path])
        #expect(result.status == 1)
        #expect(result.err.contains("a.html: its output") && result.err.contains("is an input file; not overwritten"))
        #expect(try [UInt8](Data(contentsOf: pages.appendingPathComponent("a.html"))) == page)
        #expect(FileManager.default.fileExists(atPath: pages.appendingPathComponent("b.html").path))
        // The collection index is not written over an input either.
        #expect(FileManager.default.fileExists(atPath: pages.appendingPathComponent("index.html").path))
    }

    @Test("the collection index takes the first name no document has")
    func indexName() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("in/index.txt", Self.first)
        try directory.write("in/gazette-index.txt", Self.second)
        let out = directory.path("out")
        let result = try CommandRunner.gazette(["convert", directory.path("in").path, "--to", "html", "-o", out.path])
        #expect(result.status == 0, "\(result.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["gazette-index-2.html", "gazette-index.html", "index.html"])
        #expect(try String(contentsOf: out.appendingPathComponent("gazette-index.html"), encoding: .utf8).contains("第二份报告"))
    }

    @Test("a second build into a folder inside the source archives the same documents")
    func bundlesInsideTheSource() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("src/2019/a.txt", Array("2019年度政府信息公开工作年度报告\n一、总体情况\n正文。\n".utf8))
        let src = directory.path("src"), bundles = directory.path("src/bundles")
        for _ in 0..<2 {
            let result = try CommandRunner.gazette(["archive", "build", src.path, "-o", bundles.path])
            #expect(result.status == 0, "\(result.err)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: bundles.path) == ["gazette-2019.tar.gz"])
        }
    }

    @Test("a build or a convert with nothing to read says so", arguments: [["archive", "build"], ["convert"]])
    func emptySource(command: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("src/.hidden", Self.first)
        let result = try CommandRunner.gazette(command + [directory.path("src").path, "-o", directory.path("b").path])
        #expect(result.status == 66)
        #expect(result.err.hasPrefix("gazette: error: no input files under ") && result.err.split(separator: "\n").count == 1)
    }

    @Test("an empty -o or a year outside the schema's 1900-2200 is a usage error")
    func usageErrors() throws {
        for arguments in [["convert", "x.txt", "-o", ""], ["archive", "extract", "b.tar.gz", "-o", ""], ["archive", "build", "-o", ""],
                          ["archive", "build", "--year", "99999"], ["archive", "build", "--year", "0"], ["archive", "build", "--year", "1899"],
                          ["archive", "build", "--year", "2201"]] {
            let result = try CommandRunner.gazette(arguments)
            #expect(result.status == 64, "\(arguments): \(result.err)")
        }
    }

    @Test("a report without a year of its own is filed by its year folder, whether the folder or its parent is given")
    func yearFolderGivenItself() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("src/2015/a.txt", Self.first)
        for (source, out) in [("src", "b1"), ("src/2015", "b2")] {
            let result = try CommandRunner.gazette(["archive", "build", directory.path(source).path, "-o", directory.path(out).path])
            #expect(result.status == 0, "\(result.err)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path(out).path) == ["gazette-2015.tar.gz"])
        }
    }

    @Test("archive build -o naming a file is refused by that name")
    func outputIsAFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("src/2019/a.txt", Self.first)
        let file = try directory.write("afile", Self.first)
        let result = try CommandRunner.gazette(["archive", "build", directory.path("src").path, "-o", file.path])
        #expect(result.status == 73)
        #expect(result.err == "gazette: error: \(file.path): not a folder: bundles are written into a folder\n")
    }

    @Test("a one-letter output folder is made like any other")
    func oneLetterFolders() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("src/2019/a.txt", Array("2019年度政府信息公开工作年度报告\n一、总体情况\n正文。\n".utf8))
        let build = try CommandRunner.gazette(["archive", "build", "src", "-o", "b"], in: directory.url)
        #expect(build.status == 0, "\(build.err)")
        #expect(FileManager.default.fileExists(atPath: directory.path("b/gazette-2019.tar.gz").path))
        let convert = try CommandRunner.gazette(["convert", "src", "-o", "c"], in: directory.url)
        #expect(convert.status == 0, "\(convert.err)")
        let extract = try CommandRunner.gazette(["archive", "extract", "b/gazette-2019.tar.gz", "-o", "x"], in: directory.url)
        #expect(extract.status == 0, "\(extract.err)")
        #expect(FileManager.default.fileExists(atPath: directory.path("x/gazette-2019/bagit.txt").path))
    }
}
