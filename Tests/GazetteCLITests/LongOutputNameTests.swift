import Foundation
import Testing
import TestSupport

/// An input whose own name fits the file system but whose output name would not (`.json` is a
/// byte longer than `.txt`; a GBK name grows by half in UTF-8) is still converted.
@Suite("Output names longer than the file system allows (end to end)")
struct LongOutputNameTests {
    @Test func aTooLongOutputNameIsShortenedKeepingLongNamesApart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let stem = String(repeating: "x", count: 250)
        try directory.write("in/\(stem)a.txt", Array("第一份报告\n".utf8))
        try directory.write("in/\(stem)b.txt", Array("第二份报告\n".utf8))
        let result = try CommandRunner.gazette(["convert", "in", "-o", "out"], in: directory.url)
        #expect(result.status == 0, "\(result.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path("out").path).sorted()
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.utf8.count <= 255 && $0.hasSuffix(".json") && $0.contains("~") })
        #expect(result.err.split(separator: "\n").filter { $0.contains("its output name is too long for the file system") }.count == 2)
        let texts = try names.map { try String(contentsOf: directory.path("out/\($0)"), encoding: .utf8) }
        #expect(texts.contains { $0.contains("第一份报告") } && texts.contains { $0.contains("第二份报告") })
    }
}
