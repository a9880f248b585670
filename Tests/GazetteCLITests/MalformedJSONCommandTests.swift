import Foundation
import Testing
import TestSupport

/// A Gazette JSON file that is not valid JSON is refused in one line naming the file and the
/// byte where it stops being JSON.
@Suite("gazette convert on malformed JSON (end to end)")
struct MalformedJSONCommandTests {
    @Test func theErrorLineCarriesTheByteOffset() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let report = try directory.write("report.txt", Array("2019年政府信息公开工作年度报告\n一、总体情况\n正文。\n".utf8))
        let converted = try CommandRunner.gazette(["convert", report.path])
        #expect(converted.status == 0, "\(converted.err)")
        var json = [UInt8](converted.stdout)
        // A second comma after the first one: the file is still sniffed as Gazette JSON.
        let comma = try #require(json.firstIndex(of: UInt8(ascii: ",")))
        json.insert(UInt8(ascii: ","), at: comma + 1)
        let bad = try directory.write("bad.json", json)

        let result = try CommandRunner.gazette(["convert", bad.path, "-o", "-"])
        #expect(result.status == 65)
        #expect(result.out.isEmpty)
        #expect(result.err == "gazette: error: \(bad.path): byte \(comma + 1): not valid JSON: unexpected ',' (expected a string key)\n")

        // sniff reads it with the JSON reader too, and says the same.
        let sniffed = try CommandRunner.gazette(["sniff", bad.path])
        #expect(sniffed.status == 65)
        #expect(sniffed.err == result.err)

        // Cut short: the offset is the file's length, where more was expected.
        let cut = try directory.write("cut.json", Array(json.prefix(comma)))
        let truncated = try CommandRunner.gazette(["convert", cut.path])
        #expect(truncated.status == 65)
        #expect(truncated.err == "gazette: error: \(cut.path): byte \(comma): not valid JSON: unexpected end of input\n")
    }
}
