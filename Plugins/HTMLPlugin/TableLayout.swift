import DocumentModel

/// How a table is laid out in HTML: which leading rows form the header, and which cells are numbers.
///
/// The model does not mark header rows (text sources have none), so the writer infers them:
/// the header is the shortest run of leading rows, not the whole table, such that
/// 1. no cell in it is a number,
/// 2. no row span starts in it and reaches past it (HTML clips spans at a row group), and
/// 3. some row after it has a number.
/// A table of words only, or one whose first row has numbers, has no header: it is all body,
/// which is what a reader sees in the source anyway.
public enum TableLayout {
    /// The number of leading rows that form the header (`<thead>`), 0 when there is none.
    public static func headerRowCount(_ table: Table) -> Int {
        let rows = table.rows
        guard rows.count >= 2 else { return 0 }
        var header = 1
        var index = 0
        while index < header {
            guard index < rows.count - 1 else { return 0 }
            for cell in rows[index] {
                if isNumeric(cell.text) { return 0 }
                header = max(header, index + max(1, cell.rowSpan))
            }
            index += 1
        }
        guard header < rows.count else { return 0 }
        for row in rows[header...] where row.contains(where: { isNumeric($0.text) }) {
            return header
        }
        return 0
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
