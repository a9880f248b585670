import Foundation
import Testing
import TestSupport

/// A file named `-…h…` that a shell glob hands over must not be read as `-h` (help, exit 0).
@Suite("File names that start with a dash (end to end)")
struct DashNamedFileTests {
    @Test(arguments: [["convert", "-shanghai-2019.txt", "a.txt", "-o", "out"], ["archive", "build", "-shanghai-2019.txt", "-o", "bundles"]])
    func aDashNamedFileIsAUsageErrorNotHelp(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("-shanghai-2019.txt", Array("某某市2019年政府信息公开工作年度报告\n".utf8))
        try directory.write("a.txt", Array("报告\n".utf8))
        let result = try CommandRunner.gazette(arguments, in: directory.url)
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.err == "gazette: error: '-shanghai-2019.txt' is a file whose name starts with '-', which would be read as options; give it as ./-shanghai-2019.txt, or after --\n")
    }

    @Test func givenAsAPathOrAfterTheEndOfOptionsItIsConverted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("-shanghai-2019.txt", Array("报告\n".utf8))
        let result = try CommandRunner.gazette(["convert", "-o", "out", "--", "-shanghai-2019.txt"], in: directory.url)
        #expect(result.status == 0, "\(result.err)")
        #expect(FileManager.default.fileExists(atPath: directory.path("out/-shanghai-2019.json").path))
        // An option's value that names a dash-named folder is a value, not a file argument.
        let other = try CommandRunner.gazette(["convert", "./-shanghai-2019.txt", "-o", "-"], in: directory.url)
        #expect(other.status == 0)
    }
}
