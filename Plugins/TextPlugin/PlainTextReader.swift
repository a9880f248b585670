import Conversion
import DocumentModel

/// Reads Unicode text: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM.
public struct PlainTextReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    public var identity: ReaderIdentity { ReaderIdentity(name: "PlainTextReader", version: "1.0.0") }
    public var formats: [Format] { [.text] }
    public var fileExtensions: [String] { ["txt", "text"] }
    public var summary: String { "Unicode text: UTF-8 (BOM optional), UTF-16LE/BE with BOM" }

    public func sniff(_ sample: InputSample) -> SniffResult {
        TextDocumentBuilder.sniff(sample, family: [.utf8, .utf16LE, .utf16BE], name: identity.name)
    }

    public func read(_ input: ReaderInput, options: ReadOptions) throws(GazetteError) -> Document {
        let decision = input.encodingDecision
        let encoding: TextEncoding = [.utf8, .utf16LE, .utf16BE].contains(decision.encoding) ? decision.encoding : .utf8
        return try TextDocumentBuilder.read(input, encoding: encoding, decision: decision, reader: identity, options: options)
    }
}
