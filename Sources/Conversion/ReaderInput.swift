import DocumentModel

/// One whole input to read: its bytes and its name.
public struct ReaderInput: Sendable {
    /// Every byte of the input.
    public let bytes: [UInt8]
    /// The input's name, with its exact bytes.
    public let name: SourceName

    /// Creates an input.
    public init(bytes: [UInt8], name: SourceName) {
        self.bytes = bytes
        self.name = name
    }

    /// The sample a sniffer sees of this input.
    public var sample: InputSample {
        InputSample(bytes: bytes.prefix(InputSample.maximumLength), fileName: name.display, totalByteCount: bytes.count)
    }

    /// A provenance record for this input with the fields every reader fills the same way.
    public func provenance(
        reader: ReaderIdentity, format: Format, encoding: String, confidence: Double, evidence: String
    ) -> Provenance {
        Provenance(
            sourceName: name.display, sourceNameHex: name.isValidUTF8 ? nil : name.hex,
            byteCount: bytes.count, sha256: SHA256Hex.digest(bytes), format: format.rawValue,
            encoding: encoding, confidence: confidence, evidence: evidence, reader: reader)
    }
}
