import DocumentModel

/// One whole input to read: its bytes and its name.
public struct ReaderInput: Sendable {
    /// Every byte of the input.
    public let bytes: [UInt8]
    /// The input's name, with its exact bytes.
    public let name: SourceName
    private let memo = DetectionMemo()

    /// Creates an input.
    public init(bytes: [UInt8], name: SourceName) {
        self.bytes = bytes
        self.name = name
    }

    /// The sample a sniffer sees of this input.
    public var sample: InputSample {
        // A sample of the whole input reaches the same decision as the input: share it.
        InputSample(bytes: bytes.prefix(InputSample.maximumLength), fileName: name.display, totalByteCount: bytes.count,
                    memo: bytes.count <= InputSample.maximumLength ? memo : DetectionMemo())
    }

    /// The encoding detector's answer for the whole input with no declaration, computed once.
    public var encodingDecision: EncodingDecision {
        memo.value { EncodingDetector.detect(bytes[...]) }
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
