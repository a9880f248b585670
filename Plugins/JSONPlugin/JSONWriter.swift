import Conversion
import DocumentModel

/// Writes a ``Document`` as `gazette.document/1` JSON: UTF-8, pretty-printed, keys in contract order.
public struct JSONWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    public var name: String { "JSONWriter" }
    public var version: String { "1.0.0" }
    public var format: Format { .json }
    public var fileExtension: String { "json" }
    public var summary: String { "Gazette JSON (schema gazette.document/1), UTF-8, stable key order" }

    public func write(_ document: Document) throws(GazetteError) -> [UInt8] {
        var out = JSONOutput(capacity: document.provenance.byteCount * 2 + 4096)
        out.beginObject()
        out.key("schema"); out.string(Document.schemaIdentifier)
        out.key("metadata"); writeMetadata(document.metadata, to: &out)
        out.key("blocks"); out.beginArray()
        for block in document.blocks { writeBlock(block, to: &out) }
        out.endArray()
        out.key("provenance"); writeProvenance(document.provenance, to: &out)
        out.endObject()
        out.newline()
        return out.finish()
    }

    private func writeMetadata(_ m: Metadata, to out: inout JSONOutput) {
        out.beginObject()
        func put(_ key: StaticString, _ value: String?) {
            if let value, !value.isEmpty { out.key(key); out.string(value) }
        }
        put("title", m.title)
        if let year = m.year { out.key("year"); out.int(year) }
        put("agency", m.agency)
        put("publishedDate", m.publishedDate)
        put("indexNumber", m.indexNumber)
        put("documentNumber", m.documentNumber)
        put("category", m.category)
        if !m.keywords.isEmpty {
            out.key("keywords"); out.beginArray()
            for keyword in m.keywords { out.string(keyword) }
            out.endArray()
        }
        put("source", m.source)
        put("signedBy", m.signedBy)
        put("signedDate", m.signedDate)
        out.endObject()
    }

    private func writeBlock(_ block: Block, to out: inout JSONOutput) {
        out.beginObject()
        out.key("type"); out.string(block.kind.rawValue)
        switch block {
        case .heading(let heading):
            out.key("level"); out.int(heading.level)
            if let numbering = heading.numbering { out.key("numbering"); out.string(numbering) }
            out.key("text"); out.string(heading.text)
        case .paragraph(let text):
            out.key("text"); out.string(text)
        case .table(let table):
            out.key("rows"); out.beginArray()
            for row in table.rows {
                out.beginArray()
                for cell in row {
                    out.beginObject()
                    out.key("text"); out.string(cell.text)
                    if cell.rowSpan != 1 { out.key("rowSpan"); out.int(cell.rowSpan) }
                    if cell.colSpan != 1 { out.key("colSpan"); out.int(cell.colSpan) }
                    out.endObject()
                }
                out.endArray()
            }
            out.endArray()
        case .list(let items):
            out.key("items"); out.beginArray()
            for item in items { out.string(item) }
            out.endArray()
        }
        out.endObject()
    }

    private func writeProvenance(_ p: Provenance, to out: inout JSONOutput) {
        out.beginObject()
        out.key("sourceName"); out.string(p.sourceName)
        if let hex = p.sourceNameHex { out.key("sourceNameHex"); out.string(hex) }
        out.key("byteCount"); out.int(p.byteCount)
        out.key("sha256"); out.string(p.sha256)
        out.key("format"); out.string(p.format)
        out.key("encoding"); out.string(p.encoding)
        out.key("confidence"); out.double(p.confidence)
        out.key("evidence"); out.string(p.evidence)
        out.key("reader"); out.beginObject()
        out.key("name"); out.string(p.reader.name)
        out.key("version"); out.string(p.reader.version)
        out.endObject()
        out.key("setAside"); out.beginArray()
        for line in p.setAside {
            out.beginObject()
            out.key("text"); out.string(line.text)
            out.key("reason"); out.string(line.reason)
            out.endObject()
        }
        out.endArray()
        out.key("metadataLines"); out.beginArray()
        for line in p.metadataLines { out.string(line) }
        out.endArray()
        out.key("diagnostics"); out.beginArray()
        for diagnostic in p.diagnostics {
            out.beginObject()
            out.key("severity"); out.string(diagnostic.severity.rawValue)
            out.key("message"); out.string(diagnostic.message)
            if let offset = diagnostic.byteOffset { out.key("byteOffset"); out.int(offset) }
            out.endObject()
        }
        out.endArray()
        out.endObject()
    }
}
