import Conversion
import DocumentModel
import Foundation
import JSONPlugin
import Testing

/// A JSON document the schema rejects is refused by the reader (exit 65), not read and written back.
@Suite("JSON reader refuses what the schema forbids")
struct DocumentConstraintsTests {
    static func valid() -> [String: Any] {
        ["schema": "gazette.document/1",
         "metadata": ["title": "报告", "year": 2019, "publishedDate": "2020-02-29"],
         "blocks": [["type": "heading", "level": 1, "text": "总体情况"],
                    ["type": "table", "rows": [[["text": "a", "colSpan": 2]], [["text": "b"], ["text": "c"]]]]],
         "provenance": ["sourceName": "a.txt", "byteCount": 3, "sha256": String(repeating: "ab", count: 32), "format": "text",
                        "encoding": "UTF-8", "confidence": 0.9, "evidence": "BOM", "reader": ["name": "PlainTextReader", "version": "1.0.0"],
                        "setAside": [], "metadataLines": [], "diagnostics": []]]
    }

    static func read(_ object: [String: Any]) throws(GazetteError) -> Document {
        let bytes = [UInt8](try! JSONSerialization.data(withJSONObject: object))
        return try JSONReader().read(ReaderInput(bytes: bytes, name: SourceName("x.json")), options: ReadOptions())
    }

    @Test func aValidDocumentIsRead() throws {
        _ = try Self.read(Self.valid())
    }

    /// One field changed to what the schema forbids: (section, key, value, the message expected).
    static let breaks: [(String, String, String, String)] = [
        ("metadata", "year", "3000", "metadata.year: 3000 is outside 1900-2200"),
        ("metadata", "publishedDate", #""2019-02-29""#, #"metadata.publishedDate: "2019-02-29" is not a date YYYY-MM-DD"#),
        ("metadata", "title", #""""#, "metadata.title: empty (an unknown value is left out)"),
        ("provenance", "sha256", "\"\(String(repeating: "AB", count: 32))\"", "provenance.sha256: not 64 lowercase hex digits"),
        ("provenance", "sourceNameHex", #""abc""#, "provenance.sourceNameHex: not an even number of lowercase hex digits"),
        ("provenance", "byteCount", "-5", "provenance.byteCount: negative"),
        ("provenance", "confidence", "2", "provenance.confidence: 2.0 is outside 0-1"),
        ("provenance", "reader", #"{"name":"","version":"1"}"#, "provenance.reader: an empty name or version"),
        ("heading", "level", "9", "blocks[0].level: 9 is outside 1-4"),
        ("cell", "colSpan", "-3", "blocks[1].rows[1][0]: a span below 1"),
    ]

    @Test(arguments: breaks)
    func refused(section: String, key: String, value: String, expected: String) throws {
        var object = Self.valid()
        let parsed = try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)
        switch section {
        case "heading", "cell":
            var blocks = object["blocks"] as! [[String: Any]]
            if section == "heading" { blocks[0][key] = parsed } else { blocks[1]["rows"] = [[["text": "a"]], [["text": "b", key: parsed]]] }
            object["blocks"] = blocks
        default:
            var part = object[section] as! [String: Any]
            part[key] = parsed
            object[section] = part
        }
        do {
            _ = try Self.read(object)
            Issue.record("read: \(expected)")
        } catch {
            #expect(error.code == .malformedInput)
            #expect(error.message == "not a valid Gazette JSON document: \(expected)")
        }
    }
}
