import Foundation
import Testing
import TestSupport

/// `archive build` of a folder holding files no reader converts, run as a user would: the files
/// are kept as original only, every command handles them, and the build still says what failed.
@Suite("gazette archive: inputs kept as original only (end to end)")
struct ArchiveOriginalOnlyCommandTests {
    /// A PNG signature then binary bytes.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF]
    /// A Gazette JSON document cut short: recognised as `json`, then refused by the JSON reader.
    static let invalid = Array(#"{"schema": "gazette.document/1", "blocks": [{"type": "paragraph", "te"#.utf8)

    /// A folder of one shipped report, the PNG and the invalid file in `2016/` (the year for the last two).
    static func inputs() throws -> (TemporaryDirectory, report: URL) {
        let root = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: root.path("in/2016"), withIntermediateDirectories: true)
        let report = try #require(try FileManager.default.contentsOfDirectory(at: Fixtures.originals.appendingPathComponent("2016"),
                                                                                includingPropertiesForKeys: nil).first)
        try FileManager.default.copyItem(at: report, to: root.path("in/2016/report.txt"))
        _ = try root.write("in/2016/scan.png", png)
        _ = try root.write("in/2016/broken.json", invalid)
        return (root, root.path("in/2016/report.txt"))
    }

    /// A document id: the first 16 hex digits of the file's SHA-256.
    static func id(_ file: URL) throws -> String {
        String(try CommandRunner.shell("sha256sum '\(file.path)'").out.prefix(16))
    }

    @Test func buildKeepsThemAndEveryCommandHandlesThem() throws {
        let (root, report) = try Self.inputs()
        defer { root.remove() }
        let build = try CommandRunner.gazette(["archive", "build", root.path("in").path, "-o", root.path("bundles").path])
        #expect(build.status == 1, "\(build.out)\(build.err)")
        let lines = build.err.split(separator: "\n").filter { $0.contains("kept as original only") }
        #expect(lines.count == 2, "\(build.err)")
        #expect(lines.contains { $0.hasPrefix("gazette: error: ") && $0.contains("scan.png") && $0.contains("PNG")
            && $0.contains("kept as original only in gazette-2016.tar.gz") }, "\(build.err)")
        #expect(lines.contains { $0.contains("broken.json") && $0.contains("in gazette-2016.tar.gz") }, "\(build.err)")
        #expect(build.out.contains("archived 3 documents in 1 bundle"), "\(build.out)")
        let bundle = root.path("bundles/gazette-2016.tar.gz").path

        let verify = try CommandRunner.gazette(["archive", "verify", bundle])
        #expect(verify.status == 0, "\(verify.out)\(verify.err)")

        let pngID = try Self.id(root.path("in/2016/scan.png"))
        let list = try CommandRunner.gazette(["archive", "list", bundle])
        #expect(list.status == 0)
        #expect(list.out.split(separator: "\n").contains { $0.hasPrefix(pngID) && $0.contains("original only") && $0.contains("PNG") }, "\(list.out)")
        let listJSON = try CommandRunner.gazette(["archive", "list", "--json", bundle])
        let index = try #require(JSONSerialization.jsonObject(with: listJSON.stdout) as? [String: Any])
        let documents = try #require(index["documents"] as? [[String: Any]])
        #expect(documents.filter { $0["conversionError"] != nil }.count == 2)

        let json = try CommandRunner.gazette(["archive", "show", bundle, pngID, "--as", "json"])
        #expect(json.status == 65, "\(json.err)")
        #expect(json.stdout.isEmpty)
        #expect(json.err.split(separator: "\n").count == 1)
        #expect(json.err.contains(bundle) && json.err.contains(pngID) && json.err.contains("kept as original only")
                    && json.err.contains("PNG image signature"), "\(json.err)")
        #expect(try CommandRunner.gazette(["archive", "show", bundle, pngID, "--as", "html"]).status == 65)
        let original = try CommandRunner.gazette(["archive", "show", bundle, pngID, "--as", "original"])
        #expect(original.status == 0 && original.stdout == Data(Self.png))

        let extract = try CommandRunner.gazette(["archive", "extract", bundle, "-o", root.path("out").path])
        #expect(extract.status == 0, "\(extract.err)")
        let data = root.path("out/gazette-2016/data")
        #expect(try Data(contentsOf: data.appendingPathComponent("original/\(pngID).bin")) == Data(Self.png))
        #expect(try Data(contentsOf: data.appendingPathComponent("original/\(Self.id(root.path("in/2016/broken.json"))).json")) == Data(Self.invalid))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("json").path).count == 1)
        let reportID = try Self.id(report)
        #expect(try Data(contentsOf: data.appendingPathComponent("original/\(reportID).txt")) == Data(contentsOf: report))
    }
}
