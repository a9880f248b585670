/// Where a document came from and how it was read. Nothing in the source is dropped without a record here.
public struct Provenance: Sendable, Equatable, Codable {
    /// The source file name, decoded for display (UTF-8, else GB18030, else with U+FFFD).
    public var sourceName: String
    /// The exact bytes of the file name in lowercase hex, present only when they are not valid UTF-8.
    public var sourceNameHex: String?
    /// Size of the original bytes.
    public var byteCount: Int
    /// SHA-256 of the original bytes, lowercase hex.
    public var sha256: String
    /// The detected source format, e.g. `text` or `portal-html`.
    public var format: String
    /// The encoding the bytes were decoded with (WHATWG name: `UTF-8`, `UTF-16LE`, `gb18030`, `Big5`).
    public var encoding: String
    /// How sure the reader is of that encoding, 0 to 1.
    public var confidence: Double
    /// What decided the encoding: a BOM, a declaration, statistics, or a contradiction between them.
    public var evidence: String
    /// The reader plugin that produced the document.
    public var reader: ReaderIdentity
    /// Source lines kept out of the body (portal chrome), each with the reason.
    public var setAside: [SetAsideLine]
    /// Source lines consumed as metadata, as written.
    public var metadataLines: [String]
    /// Every problem met while reading, with its byte offset where it has one.
    public var diagnostics: [Diagnostic]

    /// Creates a provenance record.
    public init(
        sourceName: String, sourceNameHex: String? = nil, byteCount: Int, sha256: String,
        format: String, encoding: String, confidence: Double, evidence: String,
        reader: ReaderIdentity, setAside: [SetAsideLine] = [], metadataLines: [String] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.sourceName = sourceName
        self.sourceNameHex = sourceNameHex
        self.byteCount = byteCount
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.confidence = confidence
        self.evidence = evidence
        self.reader = reader
        self.setAside = setAside
        self.metadataLines = metadataLines
        self.diagnostics = diagnostics
    }
}
