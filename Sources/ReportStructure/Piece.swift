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
                let trimmed = ScalarText.trimmed(line[...])
                if trimmed.isEmpty { continue }
                if PipeTableRebuilder.isPipeLine(trimmed) {
                    pieces.append(Piece(text: trimmed, lineNumber: offset + 1))
                    continue
                }
                for part in splitter.split(trimmed) {
                    pieces.append(Piece(text: part, lineNumber: offset + 1))
                }
            }
        }
        return pieces
    }
}
