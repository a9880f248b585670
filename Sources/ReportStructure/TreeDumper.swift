import DocumentModel

/// A readable, stable tree dump of a structured report (in the spirit of swift-markdown's
/// `debugDescription`), for golden files, the CLI and reviews. Blocks are indented under the
/// heading they belong to; table cells show their spans.
public enum TreeDumper {
    /// The dump of a structured report: metadata, body, metadata lines, set-aside lines, diagnostics.
    public static func dump(_ report: StructuredReport) -> String {
        dump(metadata: report.metadata, blocks: report.blocks, metadataLines: report.metadataLines,
             setAside: report.setAside, diagnostics: report.diagnostics)
    }

    /// The dump of a document (its provenance supplies metadata lines, set-aside lines and diagnostics).
    public static func dump(_ document: Document) -> String {
        dump(metadata: document.metadata, blocks: document.blocks, metadataLines: document.provenance.metadataLines,
             setAside: document.provenance.setAside, diagnostics: document.provenance.diagnostics)
    }

    static func dump(
        metadata: Metadata, blocks: [Block], metadataLines: [String], setAside: [SetAsideLine], diagnostics: [Diagnostic]
    ) -> String {
        var out = "Report\n"
        out += "├─ Metadata\n"
        for (key, value) in fields(metadata) { out += "│  ├─ \(key): \(value)\n" }
        out += "├─ Body (\(blocks.count) blocks)\n"
        var depth = 0
        for block in blocks {
            if case .heading(let heading) = block { depth = heading.level - 1 }
            let indent = "│  " + String(repeating: "   ", count: depth)
            switch block {
            case .heading(let heading):
                out += "\(indent)├─ H\(heading.level) [\(heading.numbering ?? "")] \(heading.text)\n"
                depth = heading.level
            case .paragraph(let text):
                out += "\(indent)├─ P \(text)\n"
            case .list(let items):
                out += "\(indent)├─ List (\(items.count) items)\n"
                for item in items { out += "\(indent)│  ├─ \(item)\n" }
            case .table(let table):
                out += "\(indent)├─ Table \(table.rows.count) rows x \(table.columnCount) columns\n"
                for (number, row) in table.rows.enumerated() {
                    out += "\(indent)│  ├─ row \(number + 1): " + row.map(cell).joined(separator: " | ") + "\n"
                }
            }
        }
        out += "├─ Metadata lines (\(metadataLines.count))\n"
        for line in metadataLines { out += "│  ├─ \(line)\n" }
        out += "├─ Set aside (\(setAside.count))\n"
        for line in setAside { out += "│  ├─ [\(line.reason)] \(line.text)\n" }
        out += "└─ Diagnostics (\(diagnostics.count))\n"
        for diagnostic in diagnostics { out += "   ├─ \(diagnostic)\n" }
        return out
    }

    private static func cell(_ cell: TableCell) -> String {
        let text = cell.text.isEmpty ? "∅" : cell.text
        var spans: [String] = []
        if cell.rowSpan != 1 { spans.append("rowspan \(cell.rowSpan)") }
        if cell.colSpan != 1 { spans.append("colspan \(cell.colSpan)") }
        return spans.isEmpty ? text : "\(text) {\(spans.joined(separator: ", "))}"
    }

    private static func fields(_ m: Metadata) -> [(String, String)] {
        var result: [(String, String)] = []
        func put(_ key: String, _ value: String?) { if let value { result.append((key, value)) } }
        put("title", m.title)
        put("year", m.year.map(String.init))
        put("agency", m.agency)
        put("publishedDate", m.publishedDate)
        put("indexNumber", m.indexNumber)
        put("documentNumber", m.documentNumber)
        put("category", m.category)
        if !m.keywords.isEmpty { result.append(("keywords", m.keywords.joined(separator: ", "))) }
        put("source", m.source)
        put("signedBy", m.signedBy)
        put("signedDate", m.signedDate)
        return result
    }
}
