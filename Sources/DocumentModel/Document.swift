/// A report read from any source format: what it says, what it is, and where it came from.
///
/// The JSON form is the contract of `Archive/FORMAT.md` (schema `gazette.document/1`).
public struct Document: Sendable, Equatable {
    /// The schema identifier written into every JSON document.
    public static let schemaIdentifier = "gazette.document/1"

    /// What the report says about itself: title, year, agency, dates and numbers.
    public var metadata: Metadata
    /// The body of the report, in reading order.
    public var blocks: [Block]
    /// Where the document came from and how it was read.
    public var provenance: Provenance

    /// Creates a document from its three parts.
    public init(metadata: Metadata = Metadata(), blocks: [Block] = [], provenance: Provenance) {
        self.metadata = metadata
        self.blocks = blocks
        self.provenance = provenance
    }
}
