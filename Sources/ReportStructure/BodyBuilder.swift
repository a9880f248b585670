import DocumentModel

/// Builds the body from classified pieces in one sweep: tables from runs of row lines, pipe cells
/// or short cells, headings from numbering, paragraphs from the rest; other pieces go to `metadataLines`
/// or `setAside` as their role says.
enum BodyBuilder {
    /// Page furniture is set aside where it stands and the rest built as if it were not there: a
    /// table, cell run or row-line table split by a page break continues across it.
    /// `hasFurniture` is false when the classifier found none: most reports, which skip the copy.
    static func build(_ pieces: [Piece], hasFurniture: Bool = true) -> StructuredReport {
        guard hasFurniture else { return build(WrappedRowLabel.joined(pieces)?.pieces ?? pieces, furniture: []) }
        var kept: [Piece] = []
        kept.reserveCapacity(pieces.count)
        var furniture: [(before: Int, line: SetAsideLine)] = []
        for piece in pieces {
            if case .furniture(let reason) = piece.role {
                furniture.append((kept.count, SetAsideLine(String(piece.text), reason: reason)))
            } else {
                kept.append(piece)
            }
        }
        // Furniture set aside first: a page break may fall inside a wrapped label.
        guard let joined = WrappedRowLabel.joined(kept) else { return build(kept, furniture: furniture) }
        for index in furniture.indices {
            furniture[index].before -= joined.removed.count { $0 < furniture[index].before }
        }
        return build(joined.pieces, furniture: furniture)
    }

    /// The report of `pieces`, with each furniture line set aside before the piece it preceded.
    private static func build(_ pieces: [Piece], furniture: [(before: Int, line: SetAsideLine)]) -> StructuredReport {
        var report = StructuredReport()
        var index = 0
        var lastGluedLine: Int?
        var rowLines = RowLineScanner()
        var nextFurniture = 0
        while index < pieces.count {
            while nextFurniture < furniture.count, furniture[nextFurniture].before <= index {
                report.setAside.append(furniture[nextFurniture].line)
                nextFurniture += 1
            }
            // Fields read in place: copying the whole piece (text, table, role) showed in the profile.
            let text = pieces[index].text
            switch pieces[index].role {
            case .chrome(let reason):
                report.setAside.append(SetAsideLine(String(text), reason: reason))
            case .crawlerHeader:
                report.setAside.append(SetAsideLine(String(text), reason: "crawler header"))
            case .furniture(let reason):
                report.setAside.append(SetAsideLine(String(text), reason: reason))
            case .metadata, .title, .signature:
                report.metadataLines.append(String(text))
            case .content:
                if let table = pieces[index].table {
                    report.blocks.append(.table(table))
                } else if let found = rowLines.table(at: index, in: pieces, diagnostics: &report.diagnostics) {
                    report.blocks.append(.table(found.table))
                    for rule in found.rules { report.setAside.append(SetAsideLine(String(pieces[rule].text), reason: "table rule")) }
                    index = found.pieces.upperBound
                    continue
                } else if pieces[index].isPipe, !isPipeRow(text) {
                    let end = runEnd(pieces, from: index) { pieces[$0].isPipe && !isPipeRow(pieces[$0].text) }
                    let lines = pieces[index..<end].map { PipeTableRebuilder.Line(text: $0.text, lineNumber: $0.lineNumber) }
                    let output = PipeTableRebuilder.rebuild(lines)
                    report.blocks += output.blocks
                    report.setAside += output.setAside
                    report.diagnostics += output.diagnostics
                    index = end
                    continue
                } else if CellRunTableRebuilder.isCell(text) || isRowLabel(pieces, index) {
                    let end = runEnd(pieces, from: index) {
                        !pieces[$0].isPipe && (CellRunTableRebuilder.isCell(pieces[$0].text) || isRowLabel(pieces, $0))
                    }
                    appendCellRun(pieces[index..<end], to: &report)
                    index = end
                    continue
                } else {
                    let first = report.blocks.count
                    if !HeadingSplitter.append(text, marker: pieces[index].marker, to: &report.blocks) {
                        report.blocks.append(.paragraph(String(text)))
                    }
                    // One note a source line, however many pieces and paragraphs it was split into.
                    let line = pieces[index].lineNumber
                    for case .paragraph(let paragraph) in report.blocks[first...] where line != lastGluedLine {
                        if let diagnostic = GluedTableDetector.diagnostic(for: paragraph, line: line) {
                            report.diagnostics.append(diagnostic)
                            lastGluedLine = line
                        }
                    }
                }
            }
            index += 1
        }
        report.setAside += furniture[nextFurniture...].map(\.line)
        return report
    }

    /// A whole row on one line with `|` between its cells (`规章|0|0|2|`): the row-line rebuilder's,
    /// not a cell of the pipe rebuilder's one-cell-per-line tables.
    private static func isPipeRow(_ text: Substring) -> Bool { RowCells.separator(of: text) == .pipe }

    /// Whether the piece at `index` is a numbered row label of a table flattened one cell per line
    /// (一、本年新收政府信息公开申请数量 / 20 / 9 / …): numbered, short, and followed by two figure
    /// cells, or by the row's next label (三、本年度办理结果 / （一）予以公开 / 2 / …). Such a line
    /// is never a heading; a single figure after it could be a page number.
    private static func isRowLabel(_ pieces: [Piece], _ index: Int, depth: Int = 0) -> Bool {
        guard case .content = pieces[index].role, pieces[index].table == nil, !pieces[index].isPipe,
              pieces[index].marker != nil, index + 2 < pieces.count else { return false }
        func isFigure(_ next: Int) -> Bool {
            guard case .content = pieces[next].role, pieces[next].table == nil, !pieces[next].isPipe else { return false }
            return CellRunTableRebuilder.isFigureCell(pieces[next].text)
        }
        guard CellRunTableRebuilder.isLabel(pieces[index].text), !isSectionTitle(pieces[index]) else { return false }
        if isFigure(index + 1) { return isFigure(index + 2) }
        return depth < 2 && isRowLabel(pieces, index + 1, depth: depth + 1)
    }

    /// A report's section title (四、政府信息公开行政复议、行政诉讼情况, 六、其他需要报告的事项): a
    /// first-level number and a title that ends in 情况 or 事项, as every section of the template
    /// does and none of its tables' numbered row labels (三、本年度办理结果, 四、结转下年度继续办理).
    /// An extractor may put a table's figures right after it, before the header cells.
    private static func isSectionTitle(_ piece: Piece) -> Bool {
        piece.marker?.level == 1 && (piece.text.hasSuffix("情况") || piece.text.hasSuffix("事项"))
    }

    /// The end of the run of content pieces from `start` whose index satisfies `member`.
    private static func runEnd(_ pieces: [Piece], from start: Int, _ member: (Int) -> Bool) -> Int {
        var end = start
        while end < pieces.count, case .content = pieces[end].role, pieces[end].table == nil, member(end) { end += 1 }
        return end
    }

    /// A run of short lines: a table when a grid fits, else paragraphs (with a diagnostic when the
    /// run has the numbers of a table).
    private static func appendCellRun(_ run: ArraySlice<Piece>, to report: inout StructuredReport) {
        let texts = run.map(\.text)
        if let table = CellRunTableRebuilder.rebuild(texts) {
            report.blocks.append(.table(table))
            return
        }
        if let rows = CellRunTableRebuilder.labelledRows(run) {
            let found = RowLineTableRebuilder.tables(rows, noting: false).found
            if !found.isEmpty {
                appendCells(run, around: found, to: &report)
                return
            }
        }
        report.blocks += texts.map { .paragraph(String($0)) }
        let numbers = texts.filter { ScalarText.withPrefix($0, 20, CellRunTableRebuilder.isNumber) }.count
        if texts.count >= CellRunTableRebuilder.minimumCells, numbers >= 3, let first = run.first, let last = run.last {
            report.diagnostics.append(Diagnostic(.info,
                "lines \(first.lineNumber)-\(last.lineNumber) look like a table flattened one cell per line, "
                + "but no grid fits every cell; kept as paragraphs"))
        }
    }

    /// A cell run in which rows of labels and figures made tables (`found`): the tables, and the
    /// cells outside them as paragraphs, with a note when such cells are left (a header whose spans
    /// cannot be placed).
    private static func appendCells(_ run: ArraySlice<Piece>, around found: [RowLineTableRebuilder.Found], to report: inout StructuredReport) {
        var index = run.startIndex
        var next = 0
        var left: [Int] = []
        while index < run.endIndex {
            if next < found.count, found[next].pieces.lowerBound == index {
                report.blocks.append(.table(found[next].table))
                index = found[next].pieces.upperBound
                next += 1
                continue
            }
            report.blocks.append(.paragraph(String(run[index].text)))
            left.append(run[index].lineNumber)
            index += 1
        }
        if let first = left.first, let last = left.last {
            report.diagnostics.append(Diagnostic(.info,
                "lines \(first)-\(last) look like part of a table flattened one cell per line (a header whose spans "
                + "cannot be recovered, or rows of another width); kept as paragraphs"))
        }
    }
}
