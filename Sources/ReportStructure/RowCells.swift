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
        /// One ASCII space between a CJK label and each of its figures (`isFigureRow`).
        case figures
    }

    /// The longest line read as a row, in UTF-8 bytes: rows are short, and prose is never split.
    static let maximumBytes = 600

    var separator: Separator
    /// The trimmed, non-empty cells, left to right.
    var cells: [Substring]

    /// The separator `text` (trimmed) would split on, read in one pass over its bytes; `.none` for
    /// prose, long lines, and pipe lines without a `|` between cells.
    static func separator(of text: Substring) -> Separator {
        let found: (Separator, Bool) = ScalarText.withUTF8(text) { (bytes: UnsafeBufferPointer<UInt8>) -> (Separator, Bool) in
            let separator = separator(bytes: bytes)
            return (separator, separator == .none && mayBeFigureRow(bytes))
        }
        return found.1 && isFigureRow(text) ? .figures : found.0
    }

    private static func separator(bytes: UnsafeBufferPointer<UInt8>) -> Separator {
        guard bytes.count <= maximumBytes, maySeparate(bytes) else { return .none }
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

    /// Whether a tab, a `|`, two spaces or a full-width space (E3 80 80) starts anywhere in
    /// `bytes`: SIMD compares sixteen offsets at a time, as the body builder asks this of nearly
    /// every line and prose holds none of them.
    private static func maySeparate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        // Every operand a vector bound to a name (see `RuleGate.specialStarts`).
        typealias Bytes = SIMD16<UInt8>
        let tab = Bytes(repeating: 0x09), pipe = Bytes(repeating: 0x7C), space = Bytes(repeating: 0x20)
        let leadE3 = Bytes(repeating: 0xE3), x80 = Bytes(repeating: 0x80)
        while index + 18 <= count {
            let first = raw.loadUnaligned(fromByteOffset: index, as: Bytes.self)
            let second = raw.loadUnaligned(fromByteOffset: index + 1, as: Bytes.self)
            let third = raw.loadUnaligned(fromByteOffset: index + 2, as: Bytes.self)
            let found = (first .== tab) .| (first .== pipe) .| ((first .== space) .& (second .== space))
                .| ((first .== leadE3) .& (second .== x80) .& (third .== x80))
            let lanes = unsafeBitCast(found, to: SIMD2<UInt64>.self)
            if lanes[0] | lanes[1] != 0 { return true }
            index += 16
        }
        while index < count {
            switch bytes[index] {
            case 0x09, 0x7C: return true
            case 0x20 where index + 1 < count && bytes[index + 1] == 0x20: return true
            case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return true
            default: index += 1
            }
        }
        return false
    }

    /// True when `cells` are a rule between a table's rows: Markdown's `|---|:---:|`, or runs of
    /// `=`, `─`, `━`. A lone `—` or `－` is a figure's blank (zero), never a rule, so the
    /// non-ASCII rule characters count only in runs of three.
    /// A row of empty cells (`|  |  |`) is one too: it holds nothing to place.
    static func isRule(_ cells: [Substring]) -> Bool {
        cells.count >= 2 && cells.allSatisfy { $0.isEmpty || isRuleCell($0) }
    }

    /// True when `cell` is the dash or slash a statistics table writes for no figure.
    static func isBlankFigure(_ cell: Substring) -> Bool {
        // Asked of nearly every cell and numbered line: the first byte turns almost all away
        // before any string is compared (- / and backslash, then the leads of — ― – and of － ／).
        let utf8 = cell.utf8
        guard utf8.count <= 6, let first = utf8.first else { return false }
        switch first {
        case 0x2D, 0x2F, 0x5C, 0xE2, 0xEF: break
        default: return false
        }
        return switch cell {
        case "—", "——", "－", "-", "―", "–", "/", "／", "\\": true
        default: false
        }
    }

    private static func isRuleCell(_ cell: Substring) -> Bool {
        var scalars = Substring.UnicodeScalarView(cell.unicodeScalars)
        if scalars.first == ":" { scalars.removeFirst() }
        if scalars.last == ":" { scalars.removeLast() }
        guard let first = scalars.first, scalars.allSatisfy({ $0 == first }) else { return false }
        switch first {
        case "-", "=": return true
        case "─", "━", "—", "－", "═": return scalars.count >= 3
        default: return false
        }
    }

    /// The cells of `text` (trimmed) split on `separator`. An empty cell between pipes is kept,
    /// and between tabs when `tabsAreCells`: a statistics table leaves a cell blank for none, and
    /// dropping it would move every figure after it one column to the left.
    init(_ text: Substring, separator: Separator, tabsAreCells: Bool = true) {
        self.separator = separator
        switch separator {
        case .none:
            cells = [text]
        case .pipe:
            cells = Self.pipeCells(text)
        case .space:
            cells = Self.spaceCells(text, tabsAreCells: tabsAreCells)
        case .figures:
            cells = Self.figureCells(text)
        }
    }

    /// The cells between pipes; the pipes at the line's ends only close it.
    private static func pipeCells(_ text: Substring) -> [Substring] {
        var body = text
        if body.utf8.first == UInt8(ascii: "|") { body = body.dropFirst() }
        if body.utf8.last == UInt8(ascii: "|") { body = body.dropLast() }
        let cells = body.split(separator: "|", omittingEmptySubsequences: false).map(ScalarText.trimmed)
        return cells.allSatisfy(\.isEmpty) ? [] : cells
    }

    /// Cells between whitespace runs that hold a tab, a full-width space or two spaces; a single
    /// ASCII space stays inside its cell (`1. 属于国家秘密`). With `tabsAreCells`, each tab of a
    /// run ends a cell, as a spreadsheet's copy writes them, so `\t\t` holds an empty cell.
    private static func spaceCells(_ text: Substring, tabsAreCells: Bool) -> [Substring] {
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
            var spaces = 0, tabs = 0
            var separates = false
            while index < scalars.endIndex, ScalarText.isSpace(scalars[index]) {
                let scalar = scalars[index]
                spaces += 1
                if scalar == "\t" { tabs += 1 }
                if scalar == "\t" || scalar == "\u{3000}" { separates = true }
                index = scalars.index(after: index)
            }
            if separates || spaces >= 2 {
                cells.append(Substring(scalars[cellStart..<runStart]))
                if tabsAreCells, tabs > 1 { cells += repeatElement(Substring(), count: tabs - 1) }
                cellStart = index
            }
        }
        cells.append(Substring(scalars[cellStart..<scalars.endIndex]))
        return cells
    }
}
