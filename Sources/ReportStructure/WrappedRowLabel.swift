/// Joins a table's row label that wrapped inside its cell, as a PDF extractor writes it:
/// `（二）部分公开（区分处理的，` / `只计这一情形，不计其他情形）` / `2` / `0` / …, or
/// `（二）部分公开（区分处理的，只计这一情` / `形，不计其他情形） 447 7 0 0 0 0 454`.
///
/// Why only these: the first line is numbered and leaves a bracket open, the next is unnumbered and
/// closes it, and figures follow (the next line, or the rest of the second line as a row): a
/// sentence does not end inside a bracket, so the two lines are one label. The first line alone
/// read as a heading, and the table was given up. Other wrapped lines are left as they are.
enum WrappedRowLabel {
    /// The pieces with each wrapped label's two lines joined into one piece, and the indices (in
    /// `pieces`) of the second lines joined away; nil when there is none (the usual case: no copy
    /// is made).
    static func joined(_ pieces: [Piece]) -> (pieces: [Piece], removed: [Int])? {
        var result: [Piece]?
        var removed: [Int] = []
        var index = 0
        while index < pieces.count {
            // The marker first, read in place: copying every piece showed in the profile.
            if pieces[index].marker != nil, index + 2 < pieces.count, isWrapped(pieces, index) {
                if result == nil { result = Array(pieces[..<index]) }
                var piece = pieces[index]
                piece.text = Substring(String(piece.text) + String(pieces[index + 1].text))
                piece.length = ScalarText.count(piece.text, upTo: FlattenedLineSplitter.minimumLength)
                result?.append(piece)
                removed.append(index + 1)
                index += 2
                continue
            }
            result?.append(pieces[index])
            index += 1
        }
        return result.map { ($0, removed) }
    }

    /// Whether the pieces at `index` and `index + 1` are a wrapped row label.
    private static func isWrapped(_ pieces: [Piece], _ index: Int) -> Bool {
        let first = pieces[index], second = pieces[index + 1]
        guard first.marker != nil, first.length <= CellRunTableRebuilder.maximumLabelLength,
              isPlain(first), isPlain(second), second.marker == nil,
              second.length <= FlattenedLineSplitter.minimumLength - 1,
              openBrackets(first.text) > 0, CellRunTableRebuilder.isLabel(first.text) else { return false }
        let separator = RowCells.separator(of: second.text)
        let label: Substring
        if separator == .none {
            guard CellRunTableRebuilder.isFigureCell(pieces[index + 2].text), isPlain(pieces[index + 2]) else { return false }
            label = second.text
        } else {
            label = RowCells(second.text, separator: separator).cells.first ?? ""
        }
        guard openBrackets(label) < 0, openBrackets(first.text) + openBrackets(label) == 0 else { return false }
        return CellRunTableRebuilder.isLabel(Substring(String(first.text) + String(label)))
    }

    /// A content line: no table, no pipe cell, not set aside.
    private static func isPlain(_ piece: Piece) -> Bool {
        guard case .content = piece.role else { return false }
        return piece.table == nil && !piece.isPipe
    }

    /// The opening brackets of `text` less its closing ones.
    private static func openBrackets(_ text: Substring) -> Int {
        var open = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "（", "(": open += 1
            case "）", ")": open -= 1
            default: break
            }
        }
        return open
    }
}
