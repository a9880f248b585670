import Foundation
import Testing
import TestSupport

/// `gazette sniff` reads a bounded prefix of each file, so neither its memory nor its time grows
/// with the file; `convert` still reads every byte.
@Suite("gazette sniff reads a prefix (end to end)")
struct SniffPrefixCommandTests {
    /// 一、总体情况 and a sentence of report text in GBK, one line.
    static let gbkLine: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xC7, 0xE9, 0xBF, 0xF6, 0xA3, 0xAC,
                                   0xB1, 0xBE, 0xC4, 0xEA, 0xB6, 0xC8, 0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2,
                                   0xB9, 0xAB, 0xBF, 0xAA, 0xB9, 0xA4, 0xD7, 0xF7, 0xA1, 0xA3, 0x0A]

    /// A 16 GiB sparse file: 100 KB of GBK text, then NUL bytes to the end. Reading it whole
    /// needs 16 GiB, far past the 4 GiB of address space the command is given.
    @Test func aHugeFileIsSniffedFromItsStart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let head = Array([[UInt8]](repeating: Self.gbkLine, count: 2_600).joined())
        let small = try directory.write("head.txt", head)
        let huge = try directory.write("huge.txt", head)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 16 << 30)
        try handle.close()

        let limited = "ulimit -v \(4 << 20) && '\(CommandRunner.gazette.path)' sniff"
        let result = try CommandRunner.shell("\(limited) '\(huge.path)'")
        #expect(result.status == 0, "\(result.err)")
        let whole = try CommandRunner.shell("\(limited) '\(small.path)'")
        #expect(whole.status == 0, "\(whole.err)")
        // The same answer as for the text alone, read whole.
        let fields = result.out.split(separator: "\t").dropFirst()
        #expect(fields.first == "text" && fields.dropFirst().first == "gb18030")
        #expect(fields.elementsEqual(whole.out.split(separator: "\t").dropFirst()), "\(result.out) vs \(whole.out)")
    }

    /// Gazette JSON cannot be read from a prefix: a long document is still sniffed as JSON.
    @Test func aLongJSONDocumentIsSniffedAsJSON() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let text = try directory.write("long.txt", Array([[UInt8]](repeating: Self.gbkLine, count: 12_000).joined()))
        let converted = try CommandRunner.gazette(["convert", text.path])
        #expect(converted.status == 0, "\(converted.err)")
        #expect(converted.stdout.count > 2 * 256 * 1024)
        let json = try directory.write("long.json", [UInt8](converted.stdout))
        let sniffed = try CommandRunner.gazette(["sniff", "--json", json.path])
        #expect(sniffed.status == 0, "\(sniffed.err)")
        let object = try #require(JSONSerialization.jsonObject(with: sniffed.stdout) as? [String: Any])
        #expect(object["format"] as? String == "json" && object["reader"] as? String == "JSONReader 1.0.0")
    }
}
