import Foundation
import Testing
import TestSupport

/// An output folder that cannot be used is one error about the folder, with exit 73, whatever
/// the number of inputs (it was one line per input and exit 1, "some inputs failed").
@Suite("convert -o: an unusable output folder (end to end)")
struct OutputFolderTests {
    @Test(arguments: ["afile", "afile/below"])
    func anOutputFolderThatCannotBeMadeIsOneErrorWithExit73(output: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for name in ["in/a.txt", "in/b.txt", "in/c.txt"] { try directory.write(name, Array("报告\n".utf8)) }
        try directory.write("afile", Array("not a folder\n".utf8))
        let result = try CommandRunner.gazette(["convert", "in", "-o", output], in: directory.url)
        #expect(result.status == 73)
        let lines = result.err.split(separator: "\n")
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("gazette: error: afile") == true)
    }
}
