/// A document format a reader reads or a writer writes, named by a stable identifier.
public struct Format: Hashable, Sendable, Codable, RawRepresentable, CustomStringConvertible {
    /// The stable identifier used on the command line (`--from`, `--to`) and in provenance.
    public var rawValue: String

    /// Creates a format from its identifier.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Plain report text in any supported encoding (UTF-8, UTF-16, GB18030 family, Big5).
    public static let text = Format(rawValue: "text")
    /// A saved portal HTML page in any charset.
    public static let portalHTML = Format(rawValue: "portal-html")
    /// Gazette's JSON document form (`gazette.document/1`).
    public static let json = Format(rawValue: "json")
    /// Gazette's standalone HTML page.
    public static let html = Format(rawValue: "html")

    /// The identifier.
    public var description: String { rawValue }
}
