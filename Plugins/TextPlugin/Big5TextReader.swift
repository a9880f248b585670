import Conversion
import DocumentModel

/// Reads Traditional Chinese Big5 text, which is also valid GB18030 byte-wise and must not be read as GBK.
public struct Big5TextReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    public var identity: ReaderIdentity { ReaderIdentity(name: "Big5TextReader", version: "1.0.0") }
    public var formats: [Format] { [.text] }
    public var fileExtensions: [String] { ["txt", "text"] }
    public var summary: String { "Traditional Chinese Big5 text (WHATWG Big5, HKSCS included)" }

    public func sniff(_ sample: InputSample) -> SniffResult {
        TextDocumentBuilder.sniff(sample, family: [.big5], name: identity.name)
    }

    public func read(_ input: ReaderInput, options: ReadOptions) throws(GazetteError) -> Document {
        let decision = input.encodingDecision
        return try TextDocumentBuilder.read(input, encoding: .big5, decision: decision, reader: identity, options: options)
    }
}
