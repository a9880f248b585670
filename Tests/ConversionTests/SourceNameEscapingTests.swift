import Conversion
import Testing
import TestSupport

/// Names that are not UTF-8 read distinctly in messages (`\xB1` escapes) and give distinct,
/// safe UTF-8 output names.
@Suite("Non-UTF-8 names in messages and output names")
struct SourceNameEscapingTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// (name bytes, in messages, as an output name).
    static let names: [([UInt8], String, String)] = [
        (bytes("报告.txt"), "报告.txt", "报告.txt"),
        (bytes(#"a\b.txt"#), #"a\b.txt"#, #"a\b.txt"#),
        ([0xB1, 0xA8, 0xB8, 0xE6] + bytes(".txt"), #"\xB1\xA8\xB8\xE6.txt"#, "报告.txt"),
        ([0xB1, 0xA8, 0xB8, 0xE7] + bytes(".txt"), #"\xB1\xA8\xB8\xE7.txt"#, "报哥.txt"),
        (bytes("caf") + [0xE9] + bytes(".txt"), #"caf\xE9.txt"#, #"caf\xE9.txt"#),
        (bytes("caf") + [0xE8] + bytes(".txt"), #"caf\xE8.txt"#, #"caf\xE8.txt"#),
        (bytes("中") + [0xFF] + bytes("文"), #"\xE4\xB8\xAD\xFF\xE6\x96\x87"#, #"\xE4\xB8\xAD\xFF\xE6\x96\x87"#),
        ([0xC4, 0xEA, 0xB1, 0xA8] + bytes(".txt"), #"\xC4\xEA\xB1\xA8.txt"#, "年报.txt"),
        ([0xE4, 0xB8] + bytes(".txt"), #"\xE4\xB8.txt"#, "涓.txt"),
        (bytes(#"a\"#) + [0xFF], #"a\\\xFF"#, #"a\\\xFF"#),
        ([0xFF] + bytes(#"\xE9"#), #"\xFF\\xE9"#, #"\xFF\\xE9"#),
        ([0xFF, 0xE9], #"\xFF\xE9"#, #"\xFF\xE9"#),
        ([0xED, 0xA0, 0x80], #"\xED\xA0\x80"#, "頎€"),
        ([0x80] + bytes(".txt"), #"\x80.txt"#, "€.txt"),
    ]

    @Test(arguments: names)
    func shown(bytes: [UInt8], message: String, output: String) {
        #expect(SourceName(bytes: bytes).description == message)
        #expect(SourceName(bytes: bytes).outputName == output)
        #expect(FilePath(bytes: bytes).description == message)
    }

    /// A path is shown and named per component: a GBK folder keeps its reading beside a file
    /// name that has none, and a UTF-8 folder stays readable beside a GBK name.
    @Test func pathsAreDecidedPerComponent() {
        let path = FilePath(bytes: Self.bytes("档案/") + [0xC4, 0xEA, 0xB1, 0xA8] + Self.bytes("/caf") + [0xE9] + Self.bytes(".txt"))
        #expect(path.outputName == #"档案/年报/caf\xE9.txt"#)
        #expect(path.description == #"档案/\xC4\xEA\xB1\xA8/caf\xE9.txt"#)
    }

    /// Over random names (no '/' or NUL, as in a directory entry): different names that are not
    /// UTF-8 never read alike in messages, and output names hold no '/' or NUL. (A UTF-8 name is
    /// shown as it is, so one spelling `\xE9` in letters reads like the byte: a name nobody uses.)
    @Test func randomNamesStayDistinctAndSafe() {
        var random = SplitMix64(state: 7)
        var seen: [String: [UInt8]] = [:]
        let pool: [UInt8] = [0x2E, 0x5C, 0x61, 0x78, 0x45, 0x39, 0x80, 0xA8, 0xB1, 0xBF, 0xC3, 0xE4, 0xB8, 0xAD, 0xE9, 0xED, 0xF0, 0xFF]
        for _ in 0..<20_000 {
            let name = (0..<Int.random(in: 1...6, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let output = SourceName(bytes: name).outputName
            #expect(!output.utf8.contains(UInt8(ascii: "/")) && !output.utf8.contains(0))
            guard !SourceName(bytes: name).isValidUTF8 else { continue }
            let shown = SourceName(bytes: name).description
            if let earlier = seen[shown] {
                #expect(earlier == name, "\(earlier) and \(name) both read \(shown)")
            }
            seen[shown] = name
        }
        #expect(seen.count > 10_000)
    }
}
