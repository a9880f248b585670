import DocumentModel

/// Rebuilds a table a scraper flattened to one short cell per line, such as
/// 公开渠道 / 政府公报 / 政府网站 / 其他方式 / 总数 / 数量 / 117 / … / 百分比 / 13.8% / ….
/// The grid must be certain: a header row of text cells, then rows that each start with one text
/// label followed by numbers only, all of the same width (or, without a header, labelled rows of
/// equal width). Anything else stays as paragraphs.
enum CellRunTableRebuilder {
    /// The fewest cells a run needs before it is considered a table.
    static let minimumCells = 6
    /// The longest cell.
    static let maximumCellLength = 16

    /// True when `text` could be one flattened cell: short, no prose punctuation, not numbered.
    static func isCell(_ text: Substring) -> Bool {
        guard text.utf8.count <= 4 * maximumCellLength else { return false }
        return ScalarText.withPrefix(text, maximumCellLength + 1) { isCell(scalars: $0) }
    }

    private static func isCell(scalars s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard s.count <= maximumCellLength else { return false }
        if isNumber(s) { return true }
        if HeadingMarker.parse(s, at: 0) != nil { return false }
        return !s.contains { ScalarText.isProsePunctuation($0) || ScalarText.isSentenceEnd($0) || $0 == "|" || $0 == "“" || $0 == "”" }
    }

    /// The longest row label: the standard tables' labels run to 30 scalars
    /// (（二）部分公开（区分处理的，只计这一情形，不计其他情形）).
    static let maximumLabelLength = 40

    /// True when `text` could be a numbered row label (一、本年新收政府信息公开申请数量): a cell
    /// but for its numbering, commas and length. The caller checks that figures follow.
    static func isLabel(_ text: Substring) -> Bool {
        guard text.utf8.count <= 4 * maximumLabelLength else { return false }
        return ScalarText.withPrefix(text, maximumLabelLength + 1) { s in
            s.count <= maximumLabelLength && !s.contains { ScalarText.isSentenceEnd($0) || $0 == "|" || $0 == ":" || $0 == "：" }
        }
    }

    /// True when `text` is one figure, or the dash or slash a statistics table writes for none.
    static func isFigureCell(_ text: Substring) -> Bool {
        isNumberCell(text) || RowCells.isBlankFigure(text)
    }

    /// True when `text` is one figure (`isNumber`).
    static func isNumberCell(_ text: Substring) -> Bool {
        text.utf8.count <= 4 * maximumCellLength && ScalarText.withPrefix(text, maximumCellLength + 1) { $0.count <= maximumCellLength && isNumber($0) }
    }

    /// Digits with the decoration of figures (`13.8%`, `1,229`, `-3`); at least one digit.
    static func isNumber<S: Sequence<Unicode.Scalar>>(_ s: S) -> Bool {
        var digits = 0
        for scalar in s {
            if ScalarText.digit(scalar) != nil {
                digits += 1
            } else if !isFigureMark(scalar) {
                return false
            }
        }
        return digits > 0
    }

    /// The decoration figures carry: percent, decimal and thousands marks, signs, a slash.
    @inline(__always)
    static func isFigureMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "%", "％", ".", ",", "，", "-", "－", "+", "/": true
        default: false
        }
    }

    /// The table, or nil when no grid fits every cell.
    static func rebuild(_ cells: [Substring]) -> Table? {
        guard cells.count >= minimumCells else { return nil }
        let numeric = cells.map { ScalarText.withPrefix($0, maximumCellLength + 1, isNumber) || RowCells.isBlankFigure($0) }
        guard numeric.contains(true) else { return nil }
        let leadingText = numeric.firstIndex(of: true) ?? cells.count
        if leadingText >= 3 {
            // Header cells, then the first row's label; else a caption (第二十条第（一）项) above the
            // header, as its own row across the table.
            return grid(cells, numeric: numeric, width: leadingText - 1, headerCount: leadingText - 1, caption: false)
                ?? (leadingText >= 4 ? grid(cells, numeric: numeric, width: leadingText - 2, headerCount: leadingText - 1, caption: true) : nil)
        } else if leadingText == 1, let nextLabel = numeric[1...].firstIndex(of: false) {
            return grid(cells, numeric: numeric, width: nextLabel, headerCount: 0, caption: false)
        }
        return nil
    }

    /// The table of `width` columns after `headerCount` header cells (the first a caption spanning
    /// the table when `caption`), or nil when a row is not a label and figures.
    private static func grid(_ cells: [Substring], numeric: [Bool], width: Int, headerCount: Int, caption: Bool) -> Table? {
        guard width >= 2, (cells.count - headerCount) % width == 0, cells.count - headerCount >= width else { return nil }
        var rows: [[TableCell]] = []
        if caption { rows.append([TableCell(String(cells[0]), colSpan: width)]) }
        let headerStart = caption ? 1 : 0
        if headerCount > headerStart { rows.append(cells[headerStart..<headerCount].map { TableCell(String($0)) }) }
        var start = headerCount
        while start < cells.count {
            guard !numeric[start], numeric[(start + 1)..<(start + width)].allSatisfy({ $0 }) else { return nil }
            rows.append(cells[start..<(start + width)].map { TableCell(String($0)) })
            start += width
        }
        return rows.count - (caption ? 1 : 0) >= 2 ? Table(rows: rows) : nil
    }
}
