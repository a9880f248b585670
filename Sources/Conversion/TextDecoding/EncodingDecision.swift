/// The encoding chosen for some bytes, how sure the choice is, and why.
public struct EncodingDecision: Sendable, Equatable {
    /// The encoding to decode with.
    public var encoding: TextEncoding
    /// How sure, 0 to 1.
    public var confidence: Double
    /// What decided: `BOM`, `declaration (meta charset=gb2312)`, `statistics (...)`, or a contradiction.
    public var evidence: String
    /// Bytes of BOM to skip before decoding (0 when there is none).
    public var bomLength: Int
    /// Notes for provenance, e.g. a declaration the bytes contradicted.
    public var notes: [String]
    /// What the reader should warn about: the text is likely misread (a declaration kept though
    /// the bytes look like another encoding).
    public var warnings: [String] = []

    /// Creates a decision.
    public init(encoding: TextEncoding, confidence: Double, evidence: String, bomLength: Int = 0, notes: [String] = []) {
        self.encoding = encoding
        self.confidence = confidence
        self.evidence = evidence
        self.bomLength = bomLength
        self.notes = notes
    }
}
