import Conversion
import DocumentModel

/// Reads legacy GB2312 / GBK / GB18030 text with one WHATWG GB18030 decoder.
public struct GBKTextReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    public var identity: ReaderIdentity { ReaderIdentity(name: "GBKTextReader", version: "1.0.0") }
    public var formats: [Format] { [.text] }
    public var fileExtensions: [String] { ["txt", "text"] }
    public var summary: String { "legacy Chinese text: GB2312, GBK and GB18030 (4-byte sequences included)" }

    public func sniff(_ sample: InputSample) -> SniffResult {
        TextDocumentBuilder.sniff(sample, family: [.gb18030], name: identity.name)
    }

    public func read(_ input: ReaderInput, options: ReadOptions) throws(GazetteError) -> Document {
        let decision = input.encodingDecision
        return try TextDocumentBuilder.read(input, encoding: .gb18030, decision: decision, reader: identity, options: options)
    }
}
