import Conversion
import DocumentModel
import Foundation
import JSONPlugin
import Testing
import TestSupport

@Suite("JSON writer and reader")
struct JSONRoundTripTests {
    static let document = Document(
        metadata: Metadata(title: "标题 \"引号\" \\ 反斜杠", year: 2019, keywords: ["a", "b"], signedDate: "2019-12-30"),
        blocks: [
            .heading(Heading(level: 2, numbering: "（一）", text: "控制字符\u{01}\t\n")),
            .paragraph("𠂇 emoji 😀 全角，标点。"),
            .table(Table(rows: [[TableCell("x", rowSpan: 2, colSpan: 2)], []])),
            .list([]),
        ],
        provenance: Provenance(
            sourceName: "名.txt", sourceNameHex: "c3fb2e747874", byteCount: 10, sha256: String(repeating: "a", count: 64),
            format: "text", encoding: "gb18030", confidence: 0.25, evidence: "statistics",
            reader: ReaderIdentity(name: "GBKTextReader", version: "1.0.0"),
            diagnostics: [Diagnostic(.info, "note"), Diagnostic(.warning, "bad", byteOffset: 3)]))

    @Test func writingThenReadingGivesAnEqualDocument() throws {
        let bytes = try JSONWriter().write(Self.document)
        let input = ReaderInput(bytes: bytes, name: SourceName("doc.json"))
        #expect(try JSONReader().read(input, options: ReadOptions()) == Self.document)
    }

    @Test func outputIsDeterministicUTF8AndNotASCIIEscaped() throws {
        let first = try JSONWriter().write(Self.document)
        #expect(first == (try JSONWriter().write(Self.document)))
        let text = try #require(String(validating: first, as: UTF8.self))
        #expect(text.contains("𠂇 emoji 😀 全角，标点。"))
        #expect(text.contains(#"\u0001\t\n"#))
        #expect(text.hasPrefix("{\n  \"schema\": \"gazette.document/1\",\n  \"metadata\": {"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func agreesWithFoundationDecoding() throws {
        let bytes = try JSONWriter().write(Self.document)
        #expect(try JSONDecoder().decode(Document.self, from: Data(bytes)) == Self.document)
    }

    @Test func keysFollowTheContractOrder() throws {
        let text = String(decoding: try JSONWriter().write(Self.document), as: UTF8.self)
        let keys = ["\"schema\"", "\"metadata\"", "\"blocks\"", "\"provenance\""]
        let positions = try keys.map { try #require(text.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func sniffsOnlyGazetteDocuments() {
        let reader = JSONReader()
        #expect(reader.sniff(InputSample(bytes: Array(#"{"schema": "gazette.document/1"}"#.utf8), fileName: "x")).confidence == .certain)
        #expect(reader.sniff(InputSample(bytes: Array(#"{"other": 1}"#.utf8), fileName: "x.json")).confidence == .none)
        #expect(reader.sniff(InputSample(bytes: Array("一、总体情况".utf8), fileName: "x.json")).confidence == .none)
    }

    @Test func malformedJSONIsAClearError() {
        let input = ReaderInput(bytes: Array(#"{"schema": "gazette.document/1", "metadata": 3}"#.utf8), name: SourceName("bad.json"))
        #expect {
            try JSONReader().read(input, options: ReadOptions())
        } throws: { error in
            (error as? GazetteError)?.code == .malformedInput && (error as? GazetteError)?.file == "bad.json"
        }
    }
}
