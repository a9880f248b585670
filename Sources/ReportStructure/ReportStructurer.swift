import DocumentModel

/// Turns the lines of a report into metadata and blocks. Every reader uses it, so a page and a
/// text file of the same report give the same document.
///
/// PLACEHOLDER until the structure issue lands: paragraphs are runs of lines separated by blank lines.
public struct ReportStructurer: Sendable {
    /// Creates a structurer.
    public init() {}

    /// Structures decoded text, splitting it into lines at LF.
    public func structure(text: String, hints: Metadata = Metadata()) -> StructuredReport {
        structure(TextLines.split(text).map { .line($0) }, hints: hints)
    }

    /// Structures a sequence of lines and tables. `hints` is metadata the reader already knows
    /// (e.g. an HTML `<title>`); recovered values fill what the hints leave unknown.
    public func structure(_ items: [SourceItem], hints: Metadata = Metadata()) -> StructuredReport {
        var report = StructuredReport(metadata: hints)
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { report.blocks.append(.paragraph(paragraph.joined(separator: "\n"))) }
            paragraph.removeAll()
        }
        for item in items {
            switch item {
            case .line(let line):
                if line.allSatisfy(\.isWhitespace) { flush() } else { paragraph.append(line) }
            case .table(let table):
                flush()
                report.blocks.append(.table(table))
            }
        }
        flush()
        return report
    }
}
