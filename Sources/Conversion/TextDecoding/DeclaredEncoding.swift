/// An encoding a document declares about itself (HTML meta, XML declaration), before the bytes are checked.
public struct DeclaredEncoding: Sendable, Equatable {
    /// The encoding the label names.
    public var encoding: TextEncoding
    /// The label as written, e.g. `gb2312`.
    public var label: String
    /// Where it was declared, e.g. `meta charset` or `XML declaration`.
    public var source: String

    /// Creates a declaration.
    public init(encoding: TextEncoding, label: String, source: String) {
        self.encoding = encoding
        self.label = label
        self.source = source
    }
}
