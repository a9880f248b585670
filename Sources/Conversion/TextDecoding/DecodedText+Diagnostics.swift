import DocumentModel

extension DecodedText {
    /// A warning for each listed problem with its byte offset, then one counting the problems not
    /// listed: what a reader records in a document's provenance.
    public var problemDiagnostics: [Diagnostic] {
        var diagnostics = problems.map { Diagnostic(.warning, $0.message, byteOffset: $0.byteOffset) }
        if problemCount > problems.count {
            diagnostics.append(Diagnostic(.warning,
                "\(problemCount - problems.count) more undecodable sequences, not listed (\(problemCount) in all, each replaced by U+FFFD; the original bytes are kept)"))
        }
        return diagnostics
    }
}
