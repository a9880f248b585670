import DocumentModel
import Foundation
import Testing

@Suite("Document model JSON contract")
struct DocumentCodableTests {
    static let sample = Document(
        metadata: Metadata(title: "尉氏县2016年政府信息公开年度报告", year: 2016, agency: "尉氏县人民政府",
                           publishedDate: "2017-03-14", keywords: ["统计"]),
        blocks: [
            .heading(Heading(level: 1, numbering: "一、", text: "基本做法")),
            .paragraph("2016年,尉氏县……"),
            .table(Table(rows: [[TableCell("公开渠道", rowSpan: 2), TableCell("数量", colSpan: 2)], [TableCell("117"), TableCell("13.8%")]])),
            .list(["甲", "乙"]),
        ],
        provenance: Provenance(
            sourceName: "a.txt", byteCount: 3, sha256: String(repeating: "0", count: 64), format: "text",
            encoding: "gb18030", confidence: 0.9, evidence: "statistics",
            reader: ReaderIdentity(name: "GBKTextReader", version: "1.0.0"),
            setAside: [SetAsideLine("登录 注册", reason: "login bar")], metadataLines: ["发布日期:2018-02-02"],
            diagnostics: [Diagnostic(.warning, "invalid GB18030 sequence", byteOffset: 7)]))

    @Test func roundTripsThroughFoundationCoding() throws {
        let data = try JSONEncoder().encode(Self.sample)
        #expect(try JSONDecoder().decode(Document.self, from: data) == Self.sample)
    }

    @Test func writesSchemaAndOmitsUnknownValues() throws {
        var document = Self.sample
        document.metadata = Metadata(title: "", agency: nil)
        let object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(document)) as? [String: Any])
        #expect(object["schema"] as? String == "gazette.document/1")
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata.isEmpty, "empty strings and empty keywords are omitted, got \(metadata)")
    }

    @Test func spansOfOneAreNotWritten() throws {
        let json = String(decoding: try JSONEncoder().encode(TableCell("x")), as: UTF8.self)
        #expect(!json.contains("rowSpan") && !json.contains("colSpan"))
        let cell = try JSONDecoder().decode(TableCell.self, from: Data(#"{"text":"y","colSpan":3}"#.utf8))
        #expect(cell == TableCell("y", colSpan: 3))
    }

    @Test(arguments: [
        #"{"schema":"gazette.document/2","metadata":{},"blocks":[],"provenance":{}}"#,
        #"{"metadata":{},"blocks":[]}"#,
    ])
    func refusesOtherSchemas(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Document.self, from: Data(json.utf8)) }
    }

    @Test func refusesUnknownBlockTypes() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Block.self, from: Data(#"{"type":"figure","text":"x"}"#.utf8))
        }
    }

    @Test func tableCountsColumnsWithSpans() {
        let table = Table(rows: [[TableCell("a", colSpan: 3)], [TableCell("b"), TableCell("c")]])
        #expect(table.columnCount == 3)
    }

    @Test func diagnosticsOrderBySeverity() {
        #expect(Diagnostic.Severity.info < .warning && Diagnostic.Severity.warning < .error)
        #expect(Diagnostic(.warning, "bad", byteOffset: 4).description == "warning: bad (byte 4)")
    }
}
