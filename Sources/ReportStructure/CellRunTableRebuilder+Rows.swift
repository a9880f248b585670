extension CellRunTableRebuilder {
    /// The rows of a cell run that no single grid fits, for `RowLineTableRebuilder`: each row its
    /// labels and the figures after them (三、本年度办理结果 / （一）予以公开 / 2 / 5 / …). The cells
    /// before the first row's labels (as many as the fewest labels of the other rows) are one
    /// header row, and so are those of a later row with two labels or more beyond the fewest: the
    /// next table's header (第二十条第（六）项 / 信息内容 / 本年处理决定数量 / 行政处罚 / 356), whose
    /// caption is a row of its own. Nil when the run has fewer than three rows.
    static func labelledRows(_ run: ArraySlice<Piece>) -> [RowLineTableRebuilder.Row]? {
        var segments: [(start: Int, labels: Int, end: Int)] = []
        var index = run.startIndex
        while index < run.endIndex {
            let start = index
            while index < run.endIndex, !isFigureCell(run[index].text) { index += 1 }
            let labelsEnd = index
            while index < run.endIndex, isFigureCell(run[index].text) { index += 1 }
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
            if offset == 0 ? segment.labels > fewest : segment.labels > fewest + 1 {
                start = segment.start + segment.labels - fewest
                var headerStart = segment.start
                if start - headerStart >= 3, isCaption(run[headerStart].text) {
                    rows.append(row(headerStart..<headerStart + 1))
                    headerStart += 1
                }
                rows.append(row(headerStart..<start))
            }
            rows.append(row(start..<segment.end))
        }
        return rows
    }

    /// A statistics table's caption naming the rule it reports on: 第二十条第（一）项.
    private static func isCaption(_ text: Substring) -> Bool {
        text.hasPrefix("第") && text.contains("条") && text.count <= 16
    }
}
