/// A reader's answer to a sample: the format it recognises and how sure it is.
public struct SniffResult: Sendable, Equatable {
    /// The format recognised.
    public var format: Format
    /// How sure the reader is.
    public var confidence: Confidence
    /// A short human reason, e.g. `meta charset=gb2312` or `UTF-8 BOM`.
    public var reason: String

    /// Creates a sniff result.
    public init(format: Format, confidence: Confidence, reason: String) {
        self.format = format
        self.confidence = confidence
        self.reason = reason
    }

    /// The reader cannot read this input; an empty reason adds nothing to a refusal message.
    public static func no(_ format: Format, _ reason: String = "") -> SniffResult {
        SniffResult(format: format, confidence: .none, reason: reason)
    }
}
