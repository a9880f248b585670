import DocumentModel

/// Turns the lines of a report into metadata and blocks. Every reader uses it, so a page and a
/// text file of the same report give the same document.
///
/// The pass is linear in the text: each line is trimmed and (when a crawler flattened it) split
/// once; chrome, metadata, title and signature rules look only at short lines or fixed prefixes;
/// tables are rebuilt from runs of lines in one sweep. Every non-whitespace character of the source
/// lands in exactly one of `blocks`, `metadataLines` or `setAside` (see `ContentAccounting`).
public struct ReportStructurer: Sendable {
    /// Creates a structurer.
    public init() {}

    /// Structures decoded text, splitting it into lines at LF, CRLF and CR.
    public func structure(text: String, hints: Metadata = Metadata()) -> StructuredReport {
        // Each line a slice of `text` rather than a String of its own.
        var pieces = Piece.collect(text: text)
        return structure(&pieces, hints: hints)
    }

    /// Structures a sequence of lines and tables. `hints` is metadata the reader already knows
    /// (e.g. an HTML `<title>`); recovered values fill what the hints leave unknown, except that the
    /// report's own title line beats a portal `<title>`.
    public func structure(_ items: [SourceItem], hints: Metadata = Metadata()) -> StructuredReport {
        var pieces = Piece.collect(items)
        return structure(&pieces, hints: hints)
    }

    /// Classifies collected pieces and builds the report.
    /// The pieces are taken `inout`: a `var` copy of a parameter made classification copy the whole
    /// array (every piece retained and released again) before its first write.
    private func structure(_ pieces: inout [Piece], hints: Metadata) -> StructuredReport {
        var recovered = RecoveredMetadata()
        let hasFurniture = PieceClassifier.classify(&pieces, into: &recovered)
        var report = BodyBuilder.build(pieces, hasFurniture: hasFurniture)
        report.metadata = recovered.metadata(hints: hints, diagnostics: &report.diagnostics)
        return report
    }
}
