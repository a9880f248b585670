import DocumentModel

/// Rebuilds tables a scraper wrote one cell per line, each cell ending in `|`, with lines of
/// bare pipes (`||||`) closing rows (seed 004, the 2019 standard tables). A new row also starts
/// where a text label follows an empty or numeric cell; the single `|` that ends such a row is
/// the row mark, not a cell. A single cell closed by a pipe line (第二十条第（一）项) starts a new
/// table as its title row. A table is kept only when every body row has the same number of cells:
/// rowspans and colspans of the standard tables cannot be told from flattened cells, and a wrong
/// grid is worse than none, so such a run stays as paragraphs with a diagnostic.
enum PipeTableRebuilder {
    /// One source line of the run.
    struct Line {
        var text: Substring
        var lineNumber: Int
    }

    /// What the run became, in source order within each list.
    struct Output {
        var blocks: [Block] = []
        var setAside: [SetAsideLine] = []
        var diagnostics: [Diagnostic] = []
    }

    /// True when `text` is a pipe cell or a pipe mark line.
    /// The last byte decides: `|` is ASCII and no other scalar's UTF-8 ends in 0x7C.
    static func isPipeLine(_ text: Substring) -> Bool { text.utf8.last == UInt8(ascii: "|") }

    /// `isPipeLine` for a line already in hand as UTF-8 bytes.
    static func isPipeLine(bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.last == UInt8(ascii: "|") }

    enum Token {
        case cell(String, numeric: Bool)
        case empty
        case mark
    }

    struct Row {
        var cells: [Token] = []
        var firstLine = 0
        var lastLine = 0
        var endedByMark = false
        var droppedMark: Int?
    }

    static func rebuild(_ lines: [Line]) -> Output {
        let tokens = lines.map(token)
        var rows: [Row] = []
        var current = Row()
        func close(byMark: Bool, at index: Int) {
            guard !current.cells.isEmpty else { return }
            current.endedByMark = byMark
            rows.append(current)
            current = Row()
            current.cells.reserveCapacity(rows[rows.count - 1].cells.count)  // rows are mostly of one width
            current.firstLine = index + 1
        }
        for (index, token) in tokens.enumerated() {
            switch token {
            case .mark:
                current.lastLine = index
                if current.cells.isEmpty { current.firstLine = index + 1 } else { close(byMark: true, at: index) }
            case .empty:
                if current.cells.isEmpty { current.firstLine = index }
                current.cells.append(.empty)
                current.lastLine = index
            case .cell(_, let numeric):
                if !numeric, let last = current.cells.last, isEmptyOrNumeric(last) {
                    if case .empty = last {
                        current.cells.removeLast()
                        current.droppedMark = index - 1
                    }
                    close(byMark: false, at: index - 1)
                }
                if current.cells.isEmpty { current.firstLine = index }
                current.cells.append(token)
                current.lastLine = index
            }
        }
        close(byMark: false, at: tokens.count - 1)
        // The run's last row has no next label to end it: its trailing `|` is a row mark only when
        // dropping it gives the row the width of the row above.
        if rows.count >= 2, let last = rows.last, case .empty? = last.cells.last, !last.endedByMark,
           last.cells.count == rows[rows.count - 2].cells.count + 1 {
            rows[rows.count - 1].cells.removeLast()
            rows[rows.count - 1].droppedMark = last.lastLine
        }
        return assemble(split(rows), lines: lines, tokens: tokens)
    }

    /// Read on the line's UTF-8 in one visit: the cell's String is made from its trimmed bytes,
    /// sparing the slicing and trimming of Substrings that showed in the profile.
    private static func token(_ line: Line) -> Token {
        ScalarText.withUTF8(line.text) { bytes in
            // `|` is ASCII: bytes answer for scalars, and the last byte is the closing pipe.
            if bytes.allSatisfy({ $0 == UInt8(ascii: "|") }) { return bytes.count == 1 ? .empty : .mark }
            let kept = ScalarText.trimmedRange(UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 1)]))
            if kept.isEmpty { return .empty }
            let body = UnsafeBufferPointer(rebasing: bytes[kept])
            return .cell(String(decoding: body, as: UTF8.self), numeric: ScalarText.withPrefix(bytes: body, 24, CellRunTableRebuilder.isNumber))
        }
    }

    /// The text of a pipe line that is set aside or kept as a paragraph. Most are a lone `|`: the
    /// literal spares a String made from a Substring for each.
    static func text(of line: Line) -> String {
        line.text.utf8.count == 1 && line.text.utf8.first == UInt8(ascii: "|") ? "|" : String(line.text)
    }

    private static func isEmptyOrNumeric(_ token: Token) -> Bool {
        switch token {
        case .empty: true
        case .cell(_, let numeric): numeric
        case .mark: false
        }
    }

    /// Groups rows into tables: a one-cell row closed by a mark line starts a new table.
    private static func split(_ rows: [Row]) -> [[Row]] {
        var tables: [[Row]] = []
        for row in rows {
            let isTitle = row.endedByMark && row.cells.count == 1
            if isTitle || tables.isEmpty { tables.append([row]) } else { tables[tables.count - 1].append(row) }
        }
        return tables
    }
}
