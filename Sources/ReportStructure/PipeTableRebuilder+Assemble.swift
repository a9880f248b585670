import DocumentModel

extension PipeTableRebuilder {
    /// Emits each table when its grid is certain, else its lines as paragraphs with a diagnostic.
    fileprivate static func text(_ token: Token) -> String {
        if case .cell(let text, _) = token { return text }
        return ""
    }

    static func assemble(_ tables: [[Row]], lines: [Line], tokens: [Token]) -> Output {
        var output = Output()
        // A run of row marks alone (`||`) makes no row, so no table would cover its lines: they
        // are set aside like any mark, never dropped.
        if tables.isEmpty {
            for index in lines.indices {
                output.setAside.append(SetAsideLine(text(of: lines[index]), reason: "table row mark"))
            }
            return output
        }
        var consumed = 0
        for (offset, rows) in tables.enumerated() {
            let first = offset == 0 ? 0 : consumed
            let last = offset + 1 < tables.count ? tables[offset + 1][0].firstLine - 1 : lines.count - 1
            consumed = last + 1
            guard first <= last else { continue }
            let range = first...last
            if let table = grid(rows) {
                output.blocks.append(.table(table))
                let dropped = Set(rows.compactMap(\.droppedMark))
                for index in range where isMarkLine(tokens[index], index: index, dropped: dropped) {
                    output.setAside.append(SetAsideLine(text(of: lines[index]), reason: "table row mark"))
                }
            } else {
                for index in range {
                    switch tokens[index] {
                    case .cell: output.blocks.append(.paragraph(text(of: lines[index])))
                    case .empty: output.setAside.append(SetAsideLine(text(of: lines[index]), reason: "empty table cell"))
                    case .mark: output.setAside.append(SetAsideLine(text(of: lines[index]), reason: "table row mark"))
                    }
                }
                if range.count >= 4 {
                    output.diagnostics.append(Diagnostic(.info,
                        "lines \(lines[first].lineNumber)-\(lines[last].lineNumber) look like a table flattened with | cells, "
                        + "but its rows have different cell counts (spans cannot be recovered); kept as paragraphs"))
                }
            }
        }
        return output
    }

    /// The table when every body row has the same width; a title row spans it.
    private static func grid(_ rows: [Row]) -> Table? {
        let hasTitle = rows.count > 1 && rows[0].endedByMark && rows[0].cells.count == 1
        let body = hasTitle ? Array(rows.dropFirst()) : rows
        guard body.count >= 2, let width = body.first?.cells.count, width >= 2,
              body.allSatisfy({ $0.cells.count == width }) else { return nil }
        var result: [[TableCell]] = []
        if hasTitle { result.append([TableCell(text(rows[0].cells[0]), colSpan: width)]) }
        for row in body { result.append(row.cells.map { TableCell(text($0)) }) }
        return Table(rows: result)
    }

    /// Pipe lines that are not cells of the table: row marks and the `|` dropped as a row end.
    private static func isMarkLine(_ token: Token, index: Int, dropped: Set<Int>) -> Bool {
        switch token {
        case .mark: return true
        case .cell: return false
        case .empty: return dropped.contains(index)
        }
    }
}
