extension CellRunTableRebuilder {
    /// The rows of a cell run that no single grid fits, for `RowLineTableRebuilder`: each row its
    /// labels and the figures after them (三、本年度办理结果 / （一）予以公开 / 2 / 5 / …). The cells
    /// before the first row's labels (as many as the fewest labels of the other rows) are one
    /// header row. Nil when the run has fewer than three rows.
    static func labelledRows(_ run: ArraySlice<Piece>) -> [RowLineTableRebuilder.Row]? {
        var segments: [(start: Int, labels: Int, end: Int)] = []
        var index = run.startIndex
        while index < run.endIndex {
            let start = index
            while index < run.endIndex, !isNumberCell(run[index].text) { index += 1 }
            let labelsEnd = index
            while index < run.endIndex, isNumberCell(run[index].text) { index += 1 }
            segments.append((start, labelsEnd - start, index))
        }
        guard segments.count >= 3 else { return nil }
        let fewest = segments.dropFirst().lazy.map(\.labels).filter { $0 > 0 }.min() ?? 1
        func row(_ range: Range<Int>) -> RowLineTableRebuilder.Row {
            RowLineTableRebuilder.Row(
                piece: range.lowerBound, pieceEnd: range.upperBound, lineNumber: run[range.lowerBound].lineNumber,
                cells: run[range].map(\.text))
        }
        var rows: [RowLineTableRebuilder.Row] = []
        rows.reserveCapacity(segments.count + 1)
        for (offset, segment) in segments.enumerated() {
            var start = segment.start
            if offset == 0, segment.labels > fewest {
                start = segment.start + segment.labels - fewest
                rows.append(row(segment.start..<start))
            }
            rows.append(row(start..<segment.end))
        }
        return rows
    }
}
