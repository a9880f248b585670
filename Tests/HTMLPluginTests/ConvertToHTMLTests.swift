import Foundation
import Testing
import TestSupport

/// `gazette convert --to html -o DIR` end to end: one page per input and the collection index.
@Suite("gazette convert --to html (end to end)")
struct ConvertToHTMLTests {
    @Test func writesPagesAndAnIndex() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("in/a.txt", Array("一、总体情况\n\n<script>x</script>\n".utf8))
        try directory.write("in/sub/b.txt", Array("第二篇\n".utf8))
        let out = directory.path("out")
        let result = try CommandRunner.gazette(["convert", directory.path("in").path, "--to", "html", "-o", out.path])
        #expect(result.status == 0, "\(result.err)")
        let page = try String(contentsOf: out.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains("&lt;script&gt;x&lt;/script&gt;"))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"a.html\">"))
        #expect(index.contains("<a href=\"sub/b.html\">"))
    }

    @Test func pluginsListsTheHTMLWriter() throws {
        let result = try CommandRunner.gazette(["plugins"])
        #expect(result.status == 0 && result.out.contains("HTMLWriter"))
    }

    @Test func standardOutputGetsNoIndex() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("a.txt", Array("正文\n".utf8))
        let result = try CommandRunner.gazette(["convert", file.path, "--to", "html"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("<!doctype html>") && result.out.components(separatedBy: "<!doctype html>").count == 2)
    }

    @Test func jsonOutputGetsNoIndex() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("in/a.txt", Array("正文\n".utf8))
        let out = directory.path("out")
        let result = try CommandRunner.gazette(["convert", directory.path("in").path, "-o", out.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }
}
