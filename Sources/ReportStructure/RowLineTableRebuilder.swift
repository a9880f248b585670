import DocumentModel

/// Rebuilds tables given one row per line (`规章|0|0|2|`, tab-separated, or aligned with runs of
/// spaces). A table is a run of rows that each hold text labels followed by the same number of
/// figures, at least three cells wide; a header row of text cells as wide as the table may stand
/// above, and one-cell lines between rows (一、主动公开情况 in the pre-2019 template) become rows
/// across the table. A row with fewer labels than others (the 2019 table 三: `三、本年度办理结果
/// （一）予以公开 2 5 …` beside `（二）部分公开 5 35 …`) has its first label span the label
/// columns, so every figure stays in its column; the spans of a multi-row header cannot be told
/// from the lines, so a header is taken only above rows of one label count. Lines that look tabular but fit no grid
/// stay as they are, with an info diagnostic.
enum RowLineTableRebuilder {
    /// One line of a run: where it is, and its cells.
    struct Row {
        /// The first piece of the row, and the piece after its last (a flattened row is several).
        var piece: Int
        var pieceEnd: Int
        var lineNumber: Int
        var cells: [Substring]
        /// Leading text cells.
        var labels = 0
        /// Figure cells after the labels; 0 unless every cell after the labels is a figure.
        var figures = 0
        /// A rule between rows (`|---|---|`): no row of the table, its line set aside.
        var isRule = false

        init(piece: Int, pieceEnd: Int? = nil, lineNumber: Int, cells: [Substring]) {
            self.piece = piece
            self.pieceEnd = pieceEnd ?? piece + 1
            self.lineNumber = lineNumber
            self.cells = cells
            if RowCells.isRule(cells) {
                isRule = true
                return
            }
            // Empty cells before the first text are the header's corner, so labels.
            let filled = cells.firstIndex { !$0.isEmpty } ?? cells.count
            labels = cells[filled...].firstIndex(where: Self.isFigure) ?? cells.count
            let rest = cells[labels...]
            figures = rest.allSatisfy(Self.isFigure) ? rest.count : 0
        }

        /// A figure, or what a statistics table writes for none (a blank cell, `—`, `－`, `/`):
        /// as a label it would end the row's labels too late and make a row of figures a header.
        static func isFigure(_ cell: Substring) -> Bool {
            cell.isEmpty || CellRunTableRebuilder.isFigureCell(cell)
        }

        /// Labels then figures, both present.
        var isData: Bool { labels >= 1 && figures >= 1 }
        /// Text cells only.
        var isText: Bool { !isRule && labels == cells.count }
        /// One short cell without a sentence end: a row across the table, or a heading.
        var isSection: Bool { cells.count == 1 && CellRunTableRebuilder.isLabel(cells[0]) }
    }

    /// A table found in a run, and the pieces it covers.
    struct Found {
        var pieces: Range<Int>
        var table: Table
        /// The pieces among `pieces` that are rules between rows, to be set aside.
        var rules: [Int] = []
    }

    /// The fewest lines a table is made of, and the fewest columns.
    static let minimumRows = 3
    static let minimumColumns = 3

    /// The tables in a run of rows, in order, and a diagnostic for each stretch of rows with
    /// figures that fit no table. Where `blanksShow` is false (columns aligned with spaces), rows
    /// right beside a row of another number of figures are no table of their own: one table's
    /// rows with blank cells look like that, the blanks cannot be placed, and a table of them
    /// would put figures in the wrong columns.
    static func tables(_ rows: [Row], noting: Bool = true, blanksShow: Bool = true) -> (found: [Found], diagnostics: [Diagnostic]) {
        var found: [Found] = []
        var used = 0  // rows before this index are in a table or passed over
        var diagnostics: [Diagnostic] = []
        var start = 0
        while start < rows.count {
            guard rows[start].isData else {
                start += 1
                continue
            }
            let (table, first, end) = table(rows, dataStart: start, floor: used)
            guard let table, blanksShow || !besideOtherWidths(rows, first: first, end: end, figures: rows[start].figures) else {
                start = max(end, start + 1)
                continue
            }
            if noting {
                note(rows[used..<first], into: &diagnostics)
                noteHeader(above: first, floor: used, rows, into: &diagnostics)
            }
            let rules = rows[first..<end].filter(\.isRule).map(\.piece)
            found.append(Found(pieces: rows[first].piece..<rows[end - 1].pieceEnd, table: table, rules: rules))
            used = end
            start = end
        }
        if noting { note(rows[used...], into: &diagnostics) }
        return (found, diagnostics)
    }

    /// Whether the row above `first` or the row at `end` holds figures, but not `figures` of them.
    private static func besideOtherWidths(_ rows: [Row], first: Int, end: Int, figures: Int) -> Bool {
        (first > 0 && rows[first - 1].isData && rows[first - 1].figures != figures)
            || (end < rows.count && rows[end].isData && rows[end].figures != figures)
    }
}
