import Foundation
import Testing
import TestSupport

/// File names that are not UTF-8 read distinctly in every message (`\xE9`), and two such names
/// are never refused as sharing an output merely because their readings lost bytes.
@Suite("Non-UTF-8 file names (end to end)")
struct NonUTF8NameCommandTests {
    /// `printf` octal escapes make the names: the test process cannot spell them as Strings.
    static func make(_ folder: String, _ files: [(octalName: String, content: String)]) throws {
        let commands = files.map { "printf '\($0.content)' > \"$(printf '\(folder)/\($0.octalName)')\"" }
        let made = try CommandRunner.shell("mkdir -p '\(folder)' && " + commands.joined(separator: " && "))
        #expect(made.status == 0, "\(made.err)")
    }

    @Test func namesReadDistinctlyAndGetTheirOwnOutputs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = directory.path("in").path
        try Self.make(input, [
            ("caf\\351.txt", "report one\\n"),  // café in Latin-1
            ("caf\\350.txt", "report two\\n"),  // cafè in Latin-1
            ("bin\\377.txt", "\\000\\001"),
            ("\\261\\250\\270\\346.txt", "\\322\\273\\241\\242\\377\\n"),  // 报告.txt in GBK; a bad byte at 4
        ])
        let out = directory.path("out")
        let result = try CommandRunner.gazette(["convert", input, "-o", out.path])
        #expect(result.status == 1)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines == [
            #"gazette: error: \#(input)/bin\xFF.txt: byte 0: binary input: NUL byte"#,
            #"gazette: warning: \#(input)/\xB1\xA8\xB8\xE6.txt: byte 4: invalid GB18030 sequence 0xFF"#,
        ], "\(result.err)")
        // Both Latin-1 names are converted, each to its own output; the GBK name to its reading.
        let outputs = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(outputs == [#"caf\xE8.json"#, #"caf\xE9.json"#, "报告.json"])
        let one = try String(contentsOf: out.appendingPathComponent(#"caf\xE9.json"#), encoding: .utf8)
        #expect(one.contains("report one") && one.contains(#""sourceNameHex": "636166e92e747874""#))

        let sniffed = try CommandRunner.gazette(["sniff", input])
        let names = sniffed.out.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
        #expect(names == [#"\#(input)/caf\xE8.txt"#, #"\#(input)/caf\xE9.txt"#, #"\#(input)/\xB1\xA8\xB8\xE6.txt"#])
    }
}
