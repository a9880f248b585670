import DocumentModel

/// What the collection index needs of one converted document: a few short strings, never the body,
/// so a whole collection can be indexed with flat memory.
public struct CollectionEntry: Sendable, Equatable {
    /// The report title, or the source file name when the report has none.
    public var title: String
    /// The source file name.
    public var sourceName: String
    /// The issuing agency, when known.
    public var agency: String?
    /// The report year, when known.
    public var year: Int?
    /// Publication date as written in the metadata.
    public var publishedDate: String?
    /// The closing signature date.
    public var signedDate: String?
    /// The page's path relative to the index, `/`-separated, not yet URL-encoded.
    public var path: String

    /// Creates an entry from its fields.
    public init(
        title: String, sourceName: String, agency: String? = nil, year: Int? = nil,
        publishedDate: String? = nil, signedDate: String? = nil, path: String
    ) {
        self.title = title
        self.sourceName = sourceName
        self.agency = agency
        self.year = year
        self.publishedDate = publishedDate
        self.signedDate = signedDate
        self.path = path
    }

    /// The entry for a document written to `path` (relative to the index).
    public init(_ document: Document, path: String) {
        let m = document.metadata
        func known(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        self.init(
            title: known(m.title) ?? document.provenance.sourceName,
            sourceName: document.provenance.sourceName,
            agency: known(m.agency), year: m.year,
            publishedDate: known(m.publishedDate), signedDate: known(m.signedDate),
            path: path)
    }
}
