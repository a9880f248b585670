import DocumentModel

/// A reader plugin: recognises its formats from a sample and reads bytes into a ``Document``.
///
/// Readers are values without associated types so the registry can hold any mix of them.
public protocol DocumentReader: Sendable {
    /// The plugin's name and version, recorded in every document it reads.
    var identity: ReaderIdentity { get }
    /// The formats this reader reads.
    var formats: [Format] { get }
    /// File-name extensions (lowercase, no dot) that hint at this reader; only a tie-breaker.
    var fileExtensions: [String] { get }
    /// A one-line description for `gazette plugins`.
    var summary: String { get }

    /// Says how well this reader can read the input the sample comes from. Pure: bytes and name only.
    func sniff(_ sample: InputSample) -> SniffResult

    /// Reads a whole input. Recoverable problems become diagnostics in the document's provenance;
    /// with `options.strict` they are thrown as a ``GazetteError`` instead.
    func read(_ input: ReaderInput, options: ReadOptions) throws(GazetteError) -> Document
}
