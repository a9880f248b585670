/// The cells of a table row a scraper or a copy from a word processor left on one line:
/// `规章|0|0|2|`, `规章<TAB>0<TAB>0<TAB>2`, `规章  0  0  2` (space-aligned, ASCII or full-width).
struct RowCells {
    /// How a line separates its cells.
    enum Separator: Equatable {
        /// No separator: the line is one cell.
        case none
        /// `|` between cells (a trailing `|` closes the row).
        case pipe
        /// A run of whitespace holding a tab, a full-width space or two ASCII spaces.
        case space
    }

    /// The longest line read as a row, in UTF-8 bytes: rows are short, and prose is never split.
    static let maximumBytes = 600

    var separator: Separator
    /// The trimmed, non-empty cells, left to right.
    var cells: [Substring]

    /// The separator `text` (trimmed) would split on, read in one pass over its bytes; `.none` for
    /// prose, long lines, and pipe lines without a `|` between cells.
    static func separator(of text: Substring) -> Separator {
        ScalarText.withUTF8(text) { separator(bytes: $0) }
    }

    private static func separator(bytes: UnsafeBufferPointer<UInt8>) -> Separator {
        guard bytes.count <= maximumBytes else { return .none }
        var pipeEnd = bytes.count
        while pipeEnd > 0, bytes[pipeEnd - 1] == UInt8(ascii: "|") { pipeEnd -= 1 }
        var found = Separator.none
        var previousSpace = false
        for index in 0..<pipeEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: "|") {
                if index > 0 { return .pipe }
            } else if byte == 0x09 || (byte == 0x20 && previousSpace) {
                found = .space
            } else if byte == 0xE3, index + 2 < pipeEnd, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                found = .space
            }
            previousSpace = byte == 0x20
        }
        return found
    }

    /// The cells of `text` (trimmed) split on `separator`.
    init(_ text: Substring, separator: Separator) {
        self.separator = separator
        switch separator {
        case .none:
            cells = [text]
        case .pipe:
            cells = text.split(separator: "|").map(ScalarText.trimmed).filter { !$0.isEmpty }
        case .space:
            cells = Self.spaceCells(text)
        }
    }

    /// Cells between whitespace runs that hold a tab, a full-width space or two spaces; a single
    /// ASCII space stays inside its cell (`1. 属于国家秘密`).
    private static func spaceCells(_ text: Substring) -> [Substring] {
        var cells: [Substring] = []
        let scalars = text.unicodeScalars
        var cellStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard ScalarText.isSpace(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let runStart = index
            var spaces = 0
            var separates = false
            while index < scalars.endIndex, ScalarText.isSpace(scalars[index]) {
                let scalar = scalars[index]
                spaces += 1
                if scalar == "\t" || scalar == "\u{3000}" { separates = true }
                index = scalars.index(after: index)
            }
            if separates || spaces >= 2 {
                cells.append(Substring(scalars[cellStart..<runStart]))
                cellStart = index
            }
        }
        cells.append(Substring(scalars[cellStart..<scalars.endIndex]))
        return cells.filter { !$0.isEmpty }
    }
}
