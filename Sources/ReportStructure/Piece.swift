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

    /// `collect` for plain lines (the text readers' case, where lines are slices of the text).
    static func collect(lines: [Substring]) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(lines.count)
        var splitter = FlattenedLineSplitter()
        for (offset, line) in lines.enumerated() {
            append(line, lineNumber: offset + 1, to: &pieces, splitter: &splitter)
        }
        return pieces
    }

    /// The pieces of one line.
    private static func append(
        _ line: Substring, lineNumber: Int, to pieces: inout [Piece], splitter: inout FlattenedLineSplitter
    ) {
        let trimmed = ScalarText.trimmed(line)
        if trimmed.isEmpty { return }
        if PipeTableRebuilder.isPipeLine(trimmed) {
            let length = ScalarText.count(trimmed, upTo: FlattenedLineSplitter.minimumLength)
            pieces.append(Piece(text: trimmed, lineNumber: lineNumber, length: length, isPipe: true))
            return
        }
        splitter.split(trimmed) {
            pieces.append(Piece(text: $0, lineNumber: lineNumber, length: $1, isPipe: PipeTableRebuilder.isPipeLine($0), marker: $2))
        }
    }
}
