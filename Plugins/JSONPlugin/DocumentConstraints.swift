import DocumentModel

/// The constraints of `Archive/schema/document.schema.json` that decoding alone does not enforce
/// (ranges, patterns, no empty strings for known values), checked on a document read from JSON, so
/// that a document the schema rejects is refused rather than read and written back.
enum DocumentConstraints {
    /// The first constraint `document` breaks, as `path: what`; nil when it keeps them all.
    static func problem(_ document: Document) -> String? {
        metadataProblem(document.metadata) ?? blocksProblem(document.blocks) ?? provenanceProblem(document.provenance)
    }

    private static func metadataProblem(_ metadata: Metadata) -> String? {
        let texts: [(String, String?)] = [("title", metadata.title), ("agency", metadata.agency), ("indexNumber", metadata.indexNumber),
                                          ("documentNumber", metadata.documentNumber), ("category", metadata.category),
                                          ("source", metadata.source), ("signedBy", metadata.signedBy)]
        if let (key, _) = texts.first(where: { $0.1?.isEmpty == true }) { return "metadata.\(key): empty (an unknown value is left out)" }
        if let year = metadata.year, !(1900...2200).contains(year) { return "metadata.year: \(year) is outside 1900-2200" }
        for (key, date) in [("publishedDate", metadata.publishedDate), ("signedDate", metadata.signedDate)] {
            if let date, !isDate(date) { return "metadata.\(key): \"\(date)\" is not a date YYYY-MM-DD" }
        }
        if let index = metadata.keywords.firstIndex(where: \.isEmpty) { return "metadata.keywords[\(index)]: empty" }
        return nil
    }

    private static func blocksProblem(_ blocks: [Block]) -> String? {
        for (index, block) in blocks.enumerated() {
            switch block {
            case .heading(let heading) where !(1...4).contains(heading.level):
                return "blocks[\(index)].level: \(heading.level) is outside 1-4"
            case .table(let table):
                for (row, cells) in table.rows.enumerated() {
                    for (column, cell) in cells.enumerated() where cell.rowSpan < 1 || cell.colSpan < 1 {
                        return "blocks[\(index)].rows[\(row)][\(column)]: a span below 1"
                    }
                }
            case .heading, .paragraph, .list:
                continue
            }
        }
        return nil
    }

    private static func provenanceProblem(_ provenance: Provenance) -> String? {
        if let hex = provenance.sourceNameHex, hex.isEmpty || hex.count % 2 != 0 || !isLowerHex(hex) {
            return "provenance.sourceNameHex: not an even number of lowercase hex digits"
        }
        if provenance.byteCount < 0 { return "provenance.byteCount: negative" }
        if provenance.sha256.utf8.count != 64 || !isLowerHex(provenance.sha256) { return "provenance.sha256: not 64 lowercase hex digits" }
        if provenance.format.isEmpty { return "provenance.format: empty" }
        if provenance.encoding.isEmpty { return "provenance.encoding: empty" }
        if !(0...1).contains(provenance.confidence) { return "provenance.confidence: \(provenance.confidence) is outside 0-1" }
        if provenance.reader.name.isEmpty || provenance.reader.version.isEmpty { return "provenance.reader: an empty name or version" }
        if let index = provenance.diagnostics.firstIndex(where: { ($0.byteOffset ?? 0) < 0 }) {
            return "provenance.diagnostics[\(index)].byteOffset: negative"
        }
        return nil
    }

    /// `YYYY-MM-DD` (the schema's pattern); the day must exist in its month.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return CalendarDate.exists(year: year, month: month, day: day)
    }

    private static func isLowerHex(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
