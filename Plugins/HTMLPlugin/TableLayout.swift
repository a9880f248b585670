import DocumentModel

/// How a table is laid out in HTML: which leading rows form the header, and which cells are numbers.
///
/// The model does not mark header rows (text sources have none), so the writer infers them.
/// The header is the first row, extended
/// - over every row a row span starting in it covers (HTML clips spans at a row group), and
/// - to the next row when a header row has a cell spanning columns and that next row is all
///   words: the column labels the spanning cell groups (`申请情况` over `件数 | 比例`);
///
/// and it is a header only when no cell in it is a number, every row of it has some text, at
/// least one row follows it, and some following row holds a number or a blank cell (a data slot,
/// as in report forms printed before their figures were filled in). A table of words only, or one
/// whose first row has numbers (`2016 | 2017`), has no header: it is all body, as the source shows it.
public enum TableLayout {
    /// The number of leading rows that form the header (`<thead>`), 0 when there is none.
    public static func headerRowCount(_ table: Table) -> Int {
        let rows = table.rows
        var header = 0
        var reach = 1
        while header < reach {
            guard header < rows.count - 1 else { return 0 }
            let row = rows[header]
            guard row.contains(where: { !isBlank($0.text) }), !row.contains(where: { isNumeric($0.text) }) else { return 0 }
            for cell in row { reach = max(reach, header + max(1, cell.rowSpan)) }
            header += 1
            if header == reach, row.contains(where: { $0.colSpan > 1 }), header < rows.count - 1,
               isLabelRow(rows[header]) {
                reach += 1
            }
        }
        let hasData = rows[header...].contains { row in row.contains { isNumeric($0.text) || isBlank($0.text) } }
        return hasData ? header : 0
    }

    /// A row of column labels: at least one cell, every cell with text, none a number.
    private static func isLabelRow(_ row: [TableCell]) -> Bool {
        !row.isEmpty && row.allSatisfy { !isBlank($0.text) && !isNumeric($0.text) }
    }

    /// True when the cell has no visible text.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isSpace($0.value) || $0 == "\n" || $0 == "\r" }
    }

    /// True when the cell holds one number as written in reports: an optional sign, ASCII or
    /// full-width digits with optional thousands separators and a decimal part, an optional
    /// `%`, `％` or `‰`; surrounding spaces allowed. `12件` or `一百` are words, not numbers.
    public static func isNumeric(_ text: String) -> Bool {
        var digits = 0
        var sawPoint = false
        var sawPercent = false
        var started = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if sawPercent {
                if isSpace(value) { continue }
                return false
            }
            switch value {
            case 0x30...0x39, 0xFF10...0xFF19:
                digits += 1
                started = true
            case 0x2B, 0x2D, 0x2212, 0xFF0B, 0xFF0D:  // + - − ＋ －
                if started { return false }
                started = true
            case 0x2C, 0xFF0C:  // , ，
                if digits == 0 || sawPoint { return false }
            case 0x2E, 0xFF0E:  // . ．
                if sawPoint { return false }
                sawPoint = true
                started = true
            case 0x25, 0xFF05, 0x2030:  // % ％ ‰
                if digits == 0 { return false }
                sawPercent = true
            default:
                if isSpace(value), !started { continue }
                if isSpace(value), digits > 0 { sawPercent = true; continue }
                return false
            }
        }
        return digits > 0
    }

    private static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0
    }

    /// A span clamped to what HTML allows (`colspan` 1-1000, `rowspan` 1-65534).
    static func clamp(colSpan: Int) -> Int { min(max(colSpan, 1), 1000) }

    /// See ``clamp(colSpan:)``.
    static func clamp(rowSpan: Int) -> Int { min(max(rowSpan, 1), 65534) }
}
