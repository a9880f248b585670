import DocumentModel

/// One unit of source after trimming and splitting flattened lines: a line (or part of one) or a
/// table a reader parsed, with where it came from and what the classification made of it.
struct Piece {
    /// What a piece turned out to be.
    enum Role: Equatable {
        /// Body text, headings and tables.
        case content
        /// Portal chrome, with the reason.
        case chrome(String)
        /// A `label: value` line.
        case metadata
        /// The report's own title line.
        case title
        /// A closing signature line (agency or date).
        case signature
        /// A crawler's header line before its `==== 正文 ====` separator.
        case crawlerHeader
        /// A page number or running header (`PageFurniture`), with the reason: set aside, and
        /// the body built as if it were not there.
        case furniture(String)
    }

    var text: Substring
    var lineNumber: Int
    /// The number of scalars in `text`, counted no further than `FlattenedLineSplitter.minimumLength`:
    /// the splitter measures every line, and the rules' length limits are all below it.
    var length = 0
    /// Whether `text` is a pipe cell or mark line (`PipeTableRebuilder.isPipeLine`), asked by
    /// every stage and so decided once.
    var isPipe = false
    /// The section marker `text` starts with (`HeadingMarker.leading`), parsed once by the splitter
    /// for the heading rules; nil for tables and pipe lines, which no rule reads as headings.
    var marker: HeadingMarker?
    var table: Table?
    var role: Role = .content
    /// Whether a form feed (pdftotext's page break) stands between this piece and the one before.
    var followsPageBreak = false

    /// Whether the piece is a page number or running header.
    var isFurniture: Bool {
        if case .furniture = role { true } else { false }
    }

    /// Trims every line, drops blank ones, and splits flattened lines into their parts.
    static func collect(_ items: [SourceItem]) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(items.count)
        var splitter = FlattenedLineSplitter()
        for (offset, item) in items.enumerated() {
            switch item {
            case .table(let table):
                pieces.append(Piece(text: "", lineNumber: offset + 1, table: table))
            case .line(let line):
                append(line[...], lineNumber: offset + 1, to: &pieces, splitter: &splitter)
            }
        }
        return pieces
    }

    /// `collect` for decoded text (the text readers' case): lines are found, trimmed and measured
    /// on its UTF-8 (`TextLines`), and each piece's text is a slice of `text`.
    static func collect(text: String) -> [Piece] {
        var text = text
        let lines = TextLines.trimmedLines(&text)
        var pieces: [Piece] = []
        pieces.reserveCapacity(lines.count)
        var splitter = FlattenedLineSplitter()
        let utf8 = text.utf8
        var position = utf8.startIndex
        var offset = 0
        for line in lines {
            let start = utf8.index(position, offsetBy: line.range.lowerBound - offset)
            let end = utf8.index(start, offsetBy: line.range.count)
            position = end
            offset = line.range.upperBound
            let trimmed = text[start..<end]
            let first = pieces.count
            defer { if line.followsPageBreak, first < pieces.count { pieces[first].followsPageBreak = true } }
            if line.isPipe {
                pieces.append(Piece(text: trimmed, lineNumber: line.number, length: line.length, isPipe: true))
            } else {
                append(parts: trimmed, length: line.length, lineNumber: line.number, to: &pieces, splitter: &splitter)
            }
        }
        return pieces
    }

    /// The pieces of one line.
    private static func append(
        _ line: Substring, lineNumber: Int, to pieces: inout [Piece], splitter: inout FlattenedLineSplitter
    ) {
        let trimmed = ScalarText.trimmed(line)
        if trimmed.isEmpty { return }
        let length = ScalarText.count(trimmed, upTo: FlattenedLineSplitter.minimumLength)
        if PipeTableRebuilder.isPipeLine(trimmed) {
            pieces.append(Piece(text: trimmed, lineNumber: lineNumber, length: length, isPipe: true))
            return
        }
        append(parts: trimmed, length: length, lineNumber: lineNumber, to: &pieces, splitter: &splitter)
    }

    /// The pieces of a trimmed line that is not a pipe line, `length` scalars long (counted up to
    /// `FlattenedLineSplitter.minimumLength`).
    private static func append(
        parts line: Substring, length: Int, lineNumber: Int, to pieces: inout [Piece], splitter: inout FlattenedLineSplitter
    ) {
        splitter.split(line, length: length) { part, partLength, marker in
            // A part that ends where the line ends shares its last byte, known not to be a pipe.
            let isPipe = part.endIndex != line.endIndex && PipeTableRebuilder.isPipeLine(part)
            pieces.append(Piece(text: part, lineNumber: lineNumber, length: partLength, isPipe: isPipe, marker: marker))
        }
    }
}
