import DocumentModel

/// A writer plugin: renders a ``Document`` as bytes of one format.
public protocol DocumentWriter: Sendable {
    /// The plugin's stable name, e.g. `JSONWriter`.
    var name: String { get }
    /// The plugin's version.
    var version: String { get }
    /// The format written.
    var format: Format { get }
    /// The file-name extension of the output, without the dot.
    var fileExtension: String { get }
    /// A one-line description for `gazette plugins`.
    var summary: String { get }

    /// Renders the document. Deterministic: the same document always gives the same bytes.
    func write(_ document: Document) throws(GazetteError) -> [UInt8]
}
