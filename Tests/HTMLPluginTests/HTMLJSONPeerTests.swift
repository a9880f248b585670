import DocumentModel
import Foundation
import HTMLPlugin
import JSONPlugin
import Testing
import TestSupport

/// The HTML writer is a peer of the JSON writer: whatever the JSON form of a document says, the page
/// says too. Driven by the JSON output itself, so a field added to the JSON form later and forgotten
/// by the HTML writer fails here without anyone updating a list of fields.
@Suite("HTML and JSON writers carry the same content")
struct HTMLJSONPeerTests {
    /// JSON keys whose values are structure, not document text: the block kind and the schema name.
    static let structuralKeys: Set<String> = ["type", "schema"]

    /// Every string value of a JSON tree, with the key it sits under.
    static func strings(in value: Any, key: String = "") -> [(key: String, text: String)] {
        switch value {
        case let object as [String: Any]:
            return object.keys.sorted().flatMap { strings(in: object[$0]!, key: $0) }
        case let array as [Any]:
            return array.flatMap { strings(in: $0, key: key) }
        case let text as String:
            return [(key, text)]
        default:
            return []
        }
    }

    /// Every integer under `key` anywhere in a JSON tree.
    static func integers(in value: Any, key wanted: String, key: String = "") -> [Int] {
        switch value {
        case let object as [String: Any]:
            return object.keys.sorted().flatMap { integers(in: object[$0]!, key: wanted, key: $0) }
        case let array as [Any]:
            return array.flatMap { integers(in: $0, key: wanted, key: key) }
        case let number as NSNumber where key == wanted:
            return [number.intValue]
        default:
            return []
        }
    }

    static func occurrences(of needle: String, in html: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    @Test(arguments: HTMLWriterContentTests.documents.indices)
    func everyJSONValueIsOnThePage(_ index: Int) throws {
        let document = HTMLWriterContentTests.documents[index]
        let json = try JSONSerialization.jsonObject(with: Data(try JSONWriter().write(document)))
        let html = try HTMLWriterContentTests.html(document)
        let texts = Self.strings(in: json).filter { !Self.structuralKeys.contains($0.key) && !$0.text.isEmpty }
        #expect(!texts.isEmpty)
        for (key, text) in texts {
            #expect(html.contains(HTMLWriterContentTests.escaped(text)), "\(key) missing: \(text.prefix(60))")
        }
        for year in Self.integers(in: json, key: "year") { #expect(html.contains("<dd>\(year)</dd>")) }
        for size in Self.integers(in: json, key: "byteCount") { #expect(html.contains("<dd>\(size) 字节</dd>")) }
        for offset in Self.integers(in: json, key: "byteOffset") { #expect(html.contains("（字节 \(offset)）")) }
        // Spans, headings and tables: as many on the page as in the JSON form.
        for (key, attribute) in [("rowSpan", "rowspan"), ("colSpan", "colspan")] {
            let spans = Self.integers(in: json, key: key).filter { $0 != 1 }
            #expect(Self.occurrences(of: " \(attribute)=\"", in: html) == spans.count, "\(key)")
        }
        let kinds = Self.strings(in: json).filter { $0.key == "type" }.map(\.text)
        let article = try #require(html.components(separatedBy: "</article>").first)
        #expect(Self.occurrences(of: "<table>", in: article) == kinds.filter { $0 == "table" }.count)
        #expect(Self.occurrences(of: "<ul>", in: article) == kinds.filter { $0 == "list" }.count)
        let headings = (2...6).reduce(0) { $0 + Self.occurrences(of: "<h\($1)>", in: article) }
        #expect(headings == kinds.filter { $0 == "heading" }.count)
    }
}
