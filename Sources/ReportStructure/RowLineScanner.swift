import DocumentModel

/// Finds the runs of row lines as the body builder sweeps the pieces: each run is read once, when
/// the sweep reaches its first line, and the tables in it are handed out as the sweep reaches them.
struct RowLineScanner {
    private var found: [RowLineTableRebuilder.Found] = []
    private var next = 0
    private var scannedTo = 0

    /// The table that starts at piece `index`, if any; diagnostics of a run read here are added
    /// to `diagnostics`.
    mutating func table(at index: Int, in pieces: [Piece], diagnostics: inout [Diagnostic]) -> RowLineTableRebuilder.Found? {
        if index >= scannedTo {
            scannedTo = index + 1
            var separator = RowCells.separator(of: pieces[index].text)
            // A short line right above a row line may be the table's caption: the run starts there.
            if separator == .none, pieces[index].length <= CellRunTableRebuilder.maximumLabelLength, index + 1 < pieces.count,
               case .content = pieces[index + 1].role, pieces[index + 1].table == nil {
                separator = RowCells.separator(of: pieces[index + 1].text)
            }
            if separator != .none {
                let (end, rows, blanksShow) = Self.rows(pieces, from: index, separator: separator)
                scannedTo = max(end, index + 1)
                if rows.count >= RowLineTableRebuilder.minimumRows {
                    let result = RowLineTableRebuilder.tables(rows, blanksShow: blanksShow)
                    found = result.found
                    next = 0
                    diagnostics += result.diagnostics
                }
            }
        }
        while next < found.count, found[next].pieces.lowerBound < index { next += 1 }
        guard next < found.count, found[next].pieces.lowerBound == index else { return nil }
        next += 1
        return found[next - 1]
    }

    /// `run`, with each tab a cell's end unless that gives the rows more widths than runs of
    /// tabs read as one: a spreadsheet's copy (one tab a cell, `\t\t` around a blank one) or
    /// columns aligned by hand with tabs. `blanksShow` is false where a blank cell leaves no
    /// trace in the cells: columns aligned with spaces, or tabs read a run at a time.
    private static func rows(
        _ pieces: [Piece], from start: Int, separator: RowCells.Separator
    ) -> (end: Int, rows: [RowLineTableRebuilder.Row], blanksShow: Bool) {
        let exact = run(pieces, from: start, separator: separator, tabsAreCells: true)
        // Single spaces leave no trace of a blank cell either.
        if separator == .figures { return (exact.0, exact.1, false) }
        guard separator == .space else { return (exact.0, exact.1, true) }
        let tabbed = pieces[start..<exact.0].contains { $0.text.utf8.contains(0x09) }
        guard exact.1.contains(where: { $0.cells.contains(where: \.isEmpty) }) else { return (exact.0, exact.1, tabbed) }
        let collapsed = run(pieces, from: start, separator: separator, tabsAreCells: false)
        func widths(_ rows: [RowLineTableRebuilder.Row]) -> Int { Set(rows.map(\.cells.count).filter { $0 >= 2 }).count }
        return widths(collapsed.1) < widths(exact.1) ? (collapsed.0, collapsed.1, false) : (exact.0, exact.1, true)
    }

    /// The rows of the run from `start` (a line split by `separator`) and where it ends: lines
    /// split the same way into two or more cells, and one-cell lines followed by such a line.
    private static func run(
        _ pieces: [Piece], from start: Int, separator: RowCells.Separator, tabsAreCells: Bool
    ) -> (Int, [RowLineTableRebuilder.Row]) {
        var rows: [RowLineTableRebuilder.Row] = []
        var index = start
        var pendingSingle: RowLineTableRebuilder.Row?
        while index < pieces.count, case .content = pieces[index].role, pieces[index].table == nil {
            let text = pieces[index].text
            let own = RowCells.separator(of: text)
            if own == separator {
                let cells = RowCells(text, separator: separator, tabsAreCells: tabsAreCells).cells
                if cells.count >= 2 {
                    if let single = pendingSingle { rows.append(single) }
                    pendingSingle = nil
                    rows.append(RowLineTableRebuilder.Row(piece: index, lineNumber: pieces[index].lineNumber, cells: cells))
                    index += 1
                    continue
                }
            }
            // One cell: a row across the table when a row follows (a pipe line's closing `|` dropped).
            guard pendingSingle == nil, own == .none || own == separator else { break }
            let cells = RowCells(text, separator: pieces[index].isPipe ? .pipe : .none).cells
            guard cells.count == 1, CellRunTableRebuilder.isLabel(cells[0]) else { break }
            pendingSingle = RowLineTableRebuilder.Row(piece: index, lineNumber: pieces[index].lineNumber, cells: cells)
            index += 1
        }
        if let single = pendingSingle { index = single.piece }
        return (index, rows)
    }
}
