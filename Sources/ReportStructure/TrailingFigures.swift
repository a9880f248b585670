/// Reads the end of a numbered line for the figures of a table row, so the row's label is not
/// taken for a section heading: `一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119` (a PDF
/// extraction's row on one line) and `三、行政复议数量  件  1` (the pre-2019 statistics template:
/// label, unit, figure).
/// Only the last two space-separated tokens are read, backwards from the end of the UTF-8, and a
/// token that is not a figure stops the scan at its first scalar: the test is cheap on prose.
enum TrailingFigures {
    /// The units the pre-2019 statistics template states between a row's label and its figure.
    private static let units: [[UInt8]] = [
        "件", "条", "个", "次", "人", "人次", "项", "家", "元", "万元", "亿元", "份", "篇", "期", "天", "日",
        "小时", "场", "批", "户", "起", "宗", "类", "种", "部", "本", "册", "页", "台", "所", "名", "位", "例",
    ].map { Array($0.utf8) }
    /// The longest unit, in scalars.
    private static let maximumUnitLength = 2

    /// True when the text ends in two or more space-separated figures, or in a unit and a figure,
    /// after some label.
    static func endLikeATableRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let cursor = UTF8Cursor(bytes: bytes)
        guard let last = figureToken(before: bytes.count, cursor), last.lowerBound > 0 else { return false }
        if let previous = figureToken(before: last.lowerBound, cursor) { return previous.lowerBound > 0 }
        guard let unit = shortToken(before: last.lowerBound, cursor), unit.lowerBound > 0 else { return false }
        return units.contains { $0.count == unit.count && $0.elementsEqual(bytes[unit]) }
    }

    /// The start of the scalar that ends before byte `end`.
    @inline(__always)
    private static func scalarStart(before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Where the spaces before byte `end` begin.
    private static func skipSpaces(before end: Int, _ cursor: UTF8Cursor) -> Int {
        var end = end
        while end > 0 {
            let start = scalarStart(before: end, cursor.bytes)
            guard ScalarText.isSpace(cursor.scalar(at: start).0) else { break }
            end = start
        }
        return end
    }

    /// The byte range of the token before byte `end` (spaces skipped) when it is a figure:
    /// digits with their marks (`1520`, `13.8%`), at least one digit; or the dash or slash a
    /// statistics table writes for none (`—`, `－`, `/`: ``RowCells/isBlankFigure(_:)``).
    private static func figureToken(before end: Int, _ cursor: UTF8Cursor) -> Range<Int>? {
        let end = skipSpaces(before: end, cursor)
        var start = end
        var hasDigit = false
        var scalars = 0
        while start > 0 {
            let previous = scalarStart(before: start, cursor.bytes)
            let scalar = cursor.scalar(at: previous).0
            if ScalarText.isSpace(scalar) { break }
            scalars += 1
            if ScalarText.digit(scalar) != nil {
                hasDigit = true
            } else if !CellRunTableRebuilder.isFigureMark(scalar), !(scalars <= 2 && isBlankMark(scalar)) {
                return nil
            }
            start = previous
        }
        guard start < end else { return nil }
        if hasDigit { return start..<end }
        let token = Substring(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[start..<end]), as: UTF8.self)
        return RowCells.isBlankFigure(token) ? start..<end : nil
    }

    /// The scalars of ``RowCells/isBlankFigure(_:)`` that are no figure mark.
    @inline(__always)
    private static func isBlankMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "—", "―", "–", "／", "\\": true
        default: false
        }
    }

    /// The byte range of the token before byte `end` (spaces skipped) when it is at most
    /// `maximumUnitLength` scalars long.
    private static func shortToken(before end: Int, _ cursor: UTF8Cursor) -> Range<Int>? {
        let end = skipSpaces(before: end, cursor)
        var start = end
        var length = 0
        while start > 0 {
            let previous = scalarStart(before: start, cursor.bytes)
            if ScalarText.isSpace(cursor.scalar(at: previous).0) { break }
            length += 1
            if length > maximumUnitLength { return nil }
            start = previous
        }
        return start < end ? start..<end : nil
    }
}
