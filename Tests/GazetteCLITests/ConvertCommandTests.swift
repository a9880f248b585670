import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport

/// End-to-end tests of the built `gazette` binary: stdout, stderr and exit status.
@Suite("gazette convert, sniff, plugins (end to end)")
struct ConvertCommandTests {
    @Test func versionAndHelp() throws {
        let version = try CommandRunner.gazette(["--version"])
        #expect(version.status == 0)
        #expect(version.out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try CommandRunner.gazette(["--help"])
        #expect(help.status == 0 && help.out.contains("convert") && help.out.contains("sniff"))
    }

    @Test func pluginsListsReadersAndWriters() throws {
        let result = try CommandRunner.gazette(["plugins"])
        #expect(result.status == 0)
        for name in ["PlainTextReader", "GBKTextReader", "Big5TextReader", "JSONReader", "JSONWriter"] {
            #expect(result.out.contains(name))
        }
    }

    @Test func convertsGBKTextToUTF8JSONOnStdout() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let gbk: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xC7, 0xE9, 0xBF, 0xF6, 0x0A]  // 一、总体情况
        let file = try directory.write("report.txt", gbk)
        let result = try CommandRunner.gazette(["convert", file.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.isEmpty)
        let object = try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(object["schema"] as? String == "gazette.document/1")
        #expect(result.out.contains("总体情况"))
        #expect(result.out.contains("\"encoding\": \"gb18030\""))
    }

    @Test func oneBadFileDoesNotStopTheBatch() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("in/a.txt", Array("第一份报告\n".utf8))
        try directory.write("in/sub/b.txt", Array("第二份报告\n".utf8))
        try directory.write("in/c.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])
        let out = directory.path("out")
        let result = try CommandRunner.gazette(["convert", directory.path("in").path, "-o", out.path])
        #expect(result.status == 1)
        let errorLines = result.err.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.contains("c.png") == true && errorLines.first?.contains("PNG") == true)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("a.json").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("sub/b.json").path))
    }

    @Test("a name with a line break or an escape still gives one line; a FIFO and a dangling link are reported, not waited on or skipped")
    func namesStayOnOneLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("in/good.txt", Array("报告\n".utf8))
        try directory.write("in/bad\nname\u{1B}[2J.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])
        #expect(mkfifo(directory.path("in/pipe").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory.path("in/gone.txt").path, withDestinationPath: "missing.txt")
        let result = try CommandRunner.gazette(["convert", directory.path("in").path, "-o", directory.path("out").path])
        #expect(result.status == 1)
        let lines = result.err.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.contains { $0.contains("bad\\nname\\u{1B}[2J.png: ") && $0.contains("PNG") })
        #expect(lines.contains { $0.hasSuffix("pipe: not a regular file (a device, FIFO or socket)") })
        #expect(lines.contains { $0.contains("gone.txt: symbolic link to nothing") })
        #expect(!result.err.contains("\u{1B}"))
        #expect(FileManager.default.fileExists(atPath: directory.path("out/good.json").path))
        let sniffed = try CommandRunner.gazette(["sniff", directory.path("in/pipe").path])
        #expect(sniffed.status == 66 && sniffed.err.contains("not a regular file"))
    }

    @Test("standard output full or closed: one line and exit 73, not a crash")
    func unwritableStandardOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("report.txt", Array("报告\n".utf8))
        let binary = CommandRunner.gazette.path
        for redirect in ["> /dev/full", ">&-"] {
            for command in ["convert '\(file.path)'", "plugins", "sniff '\(file.path)'", "--help", "--version"] {
                let result = try CommandRunner.shell("'\(binary)' \(command) \(redirect)")
                #expect(result.status == 73, "\(command) \(redirect): \(result.err)")
                #expect(result.err.split(separator: "\n").count == 1, "\(command) \(redirect): \(result.err)")
                #expect(result.err.hasPrefix("gazette: error: standard output: "))
            }
        }
    }

    @Test("sniff of a Gazette JSON document names the JSON reader and the file's own encoding")
    func sniffNamesTheReaderOfThisFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let gbk: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xC7, 0xE9, 0xBF, 0xF6, 0x0A]  // 一、总体情况
        let file = try directory.write("report.txt", gbk)
        let converted = try CommandRunner.gazette(["convert", file.path])
        let json = try directory.write("report.json", [UInt8](converted.stdout))
        let sniffed = try CommandRunner.gazette(["sniff", json.path])
        #expect(sniffed.status == 0)
        let fields = sniffed.out.trimmingCharacters(in: .newlines).split(separator: "\t").map(String.init)
        #expect(fields.count == 6)
        #expect(fields.dropFirst().first == "json")
        #expect(fields.dropFirst(2).first == "UTF-8")
        #expect(fields.last?.hasPrefix("JSONReader ") == true)
    }

    @Test("converting a document back from JSON does not repeat its original's warnings as if about the JSON file")
    func storedDiagnosticsAreNotWarnings() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let gbk: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xFF, 0xCC, 0xE5, 0xC7, 0xE9, 0xBF, 0xF6, 0x0A]  // a bad byte at 6
        let file = try directory.write("bad.txt", gbk)
        let first = try CommandRunner.gazette(["convert", file.path])
        #expect(first.err.contains("bad.txt: byte 6: "), "\(first.err)")
        let json = try directory.write("bad.json", [UInt8](first.stdout))
        let second = try CommandRunner.gazette(["convert", json.path])
        #expect(second.status == 0)
        #expect(second.err.isEmpty, "\(second.err)")
        #expect(second.stdout == first.stdout)
    }

    @Test func exitStatusesAreStable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = try CommandRunner.gazette(["convert", directory.path("nope.txt").path])
        #expect(missing.status == 66)
        #expect(missing.err.contains("nope.txt"))
        let binary = try directory.write("x.pdf", Array("%PDF-1.7\n".utf8))
        #expect(try CommandRunner.gazette(["convert", binary.path]).status == 65)
        let usage = try CommandRunner.gazette(["convert", binary.path, "--to", "docx"])
        #expect(usage.status == 64)
    }

    @Test func strictNamesFileAndByteOffset() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("bad.txt", Array("报告正文内容".utf8) + [0xFF] + Array("结束\n".utf8))
        let lenient = try CommandRunner.gazette(["convert", file.path])
        #expect(lenient.status == 0)
        #expect(lenient.err.contains("bad.txt") && lenient.err.contains("byte 18"))
        let strict = try CommandRunner.gazette(["convert", "--strict", file.path])
        #expect(strict.status == 65)
        let lines = strict.err.split(separator: "\n")
        #expect(lines.count == 1)
        // The path as given, not only the name the reader knows.
        #expect(lines.first?.contains("\(file.path): byte 18:") == true, "\(strict.err)")
    }

    /// A file whose name is GBK bytes, given directly and found by walking its folder.
    @Test func gbkNamedFileIsFoundByArgumentAndByWalk() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let gbkPath = "\"$(printf '\(directory.url.path)/\\304\\352\\261\\250.txt')\""  // 年报.txt in GBK
        #expect(try CommandRunner.shell("printf '\\344\\270\\200\\n' > \(gbkPath)").status == 0)
        let direct = try CommandRunner.shell("'\(CommandRunner.gazette.path)' convert \(gbkPath)")
        #expect(direct.status == 0, "\(direct.err)")
        #expect(direct.out.contains("\"sourceNameHex\": \"c4eab1a82e747874\""))
        let walked = try CommandRunner.gazette(["convert", directory.url.path])
        #expect(walked.status == 0, "\(walked.err)")
        #expect(walked.out.contains("\"sourceNameHex\": \"c4eab1a82e747874\""))
    }

    @Test func sniffPrintsJSONLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("a.txt", [0xEF, 0xBB, 0xBF] + Array("报告".utf8))
        let result = try CommandRunner.gazette(["sniff", "--json", directory.path("a.txt").path])
        #expect(result.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(object["encoding"] as? String == "UTF-8")
        #expect(object["evidence"] as? String == "BOM")
        #expect(object["reader"] as? String == "PlainTextReader 1.0.0")
        #expect(object["format"] as? String == "text")
    }
}
