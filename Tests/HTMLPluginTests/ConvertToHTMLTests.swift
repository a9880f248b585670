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

    /// File names are bytes on Linux: a GBK name, bytes that are no encoding at all, and markup.
    @Test func hostileAndNonUTF8FileNames() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("in/\"><img src=x onerror=alert(1)>.txt", Array("正文\n".utf8))
        let input = directory.path("in").path
        let made = try CommandRunner.shell(
            "printf '正文\\n' > \"$(printf '\(input)/\\326\\320\\316\\304.txt')\" && "  // 中文.txt in GBK
            + "printf '正文\\n' > \"$(printf '\(input)/\\377\\376<b>&x.txt')\"")
        #expect(made.status == 0, "\(made.err)")
        let out = directory.path("out")
        let result = try CommandRunner.gazette(["convert", input, "--to", "html", "-o", out.path])
        #expect(result.status == 0, "\(result.err)")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt"))
        #expect(index.contains("<a href=\"%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.html\">"))
        #expect(index.contains("中文.txt") && index.contains("\u{FFFD}\u{FFFD}&lt;b&gt;&amp;x.txt"))
        #expect(!index.contains("<img") && !index.contains("<b>"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != "index.html" }
        #expect(pages.count == 3)
        #expect(index.components(separatedBy: "<li><a href=\"").count - 1 == 3)
        for name in pages {
            let page = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(!page.contains("<img") && !page.contains("<b>"), "\(name)")
        }
        let gbk = try String(contentsOf: out.appendingPathComponent("中文.html"), encoding: .utf8)
        #expect(gbk.contains("<dd>中文.txt</dd>") && gbk.contains("<code>d6d0cec42e747874</code>"))
        // A name that is no encoding gets its escaped form as its output name; its page keeps the reading.
        let raw = try #require(pages.first { $0.hasPrefix(#"\xFF\xFE"#) })
        let bytes = try String(contentsOf: out.appendingPathComponent(raw), encoding: .utf8)
        #expect(bytes.contains("<dd>\u{FFFD}\u{FFFD}&lt;b&gt;&amp;x.txt</dd>") && bytes.contains("<code>fffe3c623e26782e747874</code>"))
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
