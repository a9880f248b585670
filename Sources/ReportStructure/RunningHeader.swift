/// Finds a PDF's running header or footer among the lines: the same short line (the report's
/// title, its agency) next to three page breaks or more. A page break is a page number line
/// (`PageFurniture`) or a form feed, which pdftotext writes at each page's end.
///
/// Only the lines beside a break are candidates, so the pass costs one sweep and a few
/// comparisons. The first occurrence of the text in the report stays (the title on the first page).
/// A report title line (`TitleInference.isTitleLine`) right after a break, below the report's own
/// title line, is a running header even in a report of two pages: no report names itself twice.
enum RunningHeader {
    /// The fewest page breaks a line must stand beside.
    static let minimumBreaks = 3
    /// The length of a candidate, in scalars: short lines, but not a table's cells (`信息内容`).
    static let lengths = 6...40

    /// Marks the running header and footer lines among `pieces` as page furniture.
    static func mark(_ pieces: inout [Piece]) {
        var candidates: [Int] = []
        var afterBreak: [Int] = []
        func isContent(_ index: Int) -> Bool {
            if case .content = pieces[index].role { return pieces[index].table == nil && !pieces[index].isPipe }
            return false
        }
        func isPageNumber(_ index: Int) -> Bool {
            if case .furniture = pieces[index].role { return true }
            return false
        }
        func around(_ index: Int, before: Bool, after: Bool) {
            if before {
                var previous = index - 1
                while previous >= 0, isPageNumber(previous) { previous -= 1 }
                if previous >= 0, isContent(previous) { candidates.append(previous) }
            }
            if after {
                var next = index
                while next < pieces.count, isPageNumber(next) { next += 1 }
                if next < pieces.count, isContent(next) {
                    candidates.append(next)
                    afterBreak.append(next)
                }
            }
        }
        for index in pieces.indices {
            if isPageNumber(index) {
                around(index, before: true, after: false)
                around(index + 1, before: false, after: true)
            } else if pieces[index].followsPageBreak {
                around(index, before: true, after: true)
            }
        }
        guard !candidates.isEmpty else { return }
        if let title = pieces.firstIndex(where: { $0.role == .title }) {
            for index in afterBreak where index > title && TitleInference.isTitleLine(pieces[index].text) {
                pieces[index].role = .furniture("running header")
            }
        }
        guard candidates.count >= minimumBreaks else { return }
        var groups: [Substring: [Int]] = [:]
        for index in Set(candidates) where isContent(index) && lengths.contains(pieces[index].length) && isHeaderLike(pieces[index].text) {
            groups[pieces[index].text, default: []].append(index)
        }
        for (text, indices) in groups where indices.count >= minimumBreaks {
            let first = indices.min() ?? 0
            let firstOccurrence = pieces[..<first].firstIndex { $0.text == text } ?? first
            for index in indices where index != firstOccurrence {
                pieces[index].role = .furniture("running header")
            }
        }
    }

    /// No figure and no sentence: a title or a name.
    private static func isHeaderLike(_ text: Substring) -> Bool {
        !CellRunTableRebuilder.isFigureCell(text)
            && !text.unicodeScalars.contains { ScalarText.isSentenceEnd($0) || ScalarText.isProsePunctuation($0) }
    }
}
