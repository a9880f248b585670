import DocumentModel

extension RowLineTableRebuilder {
    /// The table whose first data row is `rows[dataStart]`, with the header found above it (not
    /// above `floor`); `first..<end` are the rows it covers. The table is nil when the rows fit
    /// none; `end` is then past the rows tried, none of which can start a table.
    static func table(_ rows: [Row], dataStart: Int, floor: Int) -> (table: Table?, first: Int, end: Int) {
        let figures = rows[dataStart].figures
        var labels = rows[dataStart].labels
        var uniformLabels = true
        var lastData = dataStart
        var dataCount = 1
        var next = dataStart + 1
        while next < rows.count {
            if rows[next].isData, rows[next].figures == figures {
                lastData = next
                dataCount += 1
                uniformLabels = uniformLabels && rows[next].labels == labels
                labels = max(labels, rows[next].labels)
            } else if !rows[next].isSection, !rows[next].isRule {
                break
            }
            next += 1
        }
        var end = lastData + 1
        // A closing rule (a grid's bottom border) belongs to the table.
        while end < rows.count, rows[end].isRule { end += 1 }
        let width = labels + figures
        var first = dataStart
        var above = dataStart - 1
        while above >= floor, rows[above].isSection || rows[above].isRule { above -= 1 }
        // Above rows of different label counts the header had spans (the 2019 table 三): the
        // cells of its lines cannot be placed.
        let hasHeader = uniformLabels && above >= floor && rows[above].isText && rows[above].cells.count == width
        if hasHeader {
            first = above
            while first - 1 >= floor, rows[first - 1].isRule { first -= 1 }
            // A caption above the header (第二十条第（一）项) is a row across the table; a numbered
            // line there is the section's heading.
            if first - 1 >= floor, rows[first - 1].isSection, HeadingMarker.leading(rows[first - 1].cells[0]) == nil { first -= 1 }
        } else {
            while first - 1 >= floor, rows[first - 1].isRule { first -= 1 }
        }
        let sections = rows[first..<end].filter(\.isSection).count
        guard width >= minimumColumns, dataCount >= 2, end - first >= minimumRows, sections <= dataCount else {
            return (nil, dataStart, end)
        }
        var result: [[TableCell]] = []
        result.reserveCapacity(end - first)
        for index in first..<end {
            let row = rows[index]
            if row.isRule {
                continue
            } else if row.isSection {
                result.append([TableCell(String(row.cells[0]), colSpan: width)])
            } else {
                var cells = row.cells.map { TableCell(String($0)) }
                if row.isData { cells[0].colSpan = labels - row.labels + 1 }
                result.append(cells)
            }
        }
        return (Table(rows: result), first, end)
    }

    /// An info diagnostic for the lines of text cells right above a table (from `floor`) that are
    /// not its header: a header of several lines, whose spans cannot be recovered.
    static func noteHeader(above first: Int, floor: Int, _ rows: [Row], into diagnostics: inout [Diagnostic]) {
        var top = first
        while top > floor, rows[top - 1].isText, rows[top - 1].cells.count >= 2 { top -= 1 }
        guard top < first else { return }
        diagnostics.append(Diagnostic(.info,
            "lines \(rows[top].lineNumber)-\(rows[first - 1].lineNumber) look like the header of the table below them, "
            + "but a header of several lines has spans that cannot be recovered; kept as paragraphs"))
    }

    /// An info diagnostic when rows outside any table look tabular: three or more lines of three
    /// or more cells, with figures among them (two columns are a list as often as a table).
    static func note(_ rows: ArraySlice<Row>, into diagnostics: inout [Diagnostic]) {
        let split = rows.filter { $0.cells.count >= minimumColumns }
        let figures = split.reduce(0) { $0 + $1.cells.filter(CellRunTableRebuilder.isNumberCell).count }
        guard split.count >= minimumRows, figures >= 3, let first = split.first, let last = split.last else { return }
        diagnostics.append(Diagnostic(.info,
            "lines \(first.lineNumber)-\(last.lineNumber) look like a table given one row per line, "
            + "but their rows do not line up as labels followed by the same number of figures "
            + "(a cell that is no figure, spans, or blank cells in columns aligned with spaces); kept as paragraphs"))
    }
}
