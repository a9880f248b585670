import DocumentModel

/// What the structure pass recovered from report text: metadata, body blocks, and every other line.
public struct StructuredReport: Sendable, Equatable {
    /// The recovered metadata.
    public var metadata: Metadata
    /// The body.
    public var blocks: [Block]
    /// Source lines consumed as metadata, as written.
    public var metadataLines: [String]
    /// Source lines kept out of the body, with the reason.
    public var setAside: [SetAsideLine]
    /// Problems, e.g. a table that could not be rebuilt with confidence.
    public var diagnostics: [Diagnostic]

    /// Creates a structured report.
    public init(
        metadata: Metadata = Metadata(), blocks: [Block] = [], metadataLines: [String] = [],
        setAside: [SetAsideLine] = [], diagnostics: [Diagnostic] = []
    ) {
        self.metadata = metadata
        self.blocks = blocks
        self.metadataLines = metadataLines
        self.setAside = setAside
        self.diagnostics = diagnostics
    }
}
