/// The name and version of the reader plugin that produced a document.
public struct ReaderIdentity: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The plugin's stable name, e.g. `GBKTextReader`.
    public var name: String
    /// The plugin's version; bumped whenever its output for the same input may change.
    public var version: String

    /// Creates a reader identity.
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }

    /// `name version`.
    public var description: String { "\(name) \(version)" }
}
