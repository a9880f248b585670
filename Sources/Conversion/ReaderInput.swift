import DocumentModel

/// One input to read: its bytes and its name. Normally every byte of it; `gazette sniff` reads
/// only the leading bytes of a long file (``isWhole`` false).
public struct ReaderInput: Sendable {
    /// The input's bytes: all of them, or its leading bytes when ``isWhole`` is false.
    public let bytes: [UInt8]
    /// The input's name, with its exact bytes.
    public let name: SourceName
    /// False when `bytes` are only the start of a longer input: encoding detection then does not
    /// take their end for the input's end (a character cut there is not an error). A document
    /// read from such an input describes those bytes only (its byte count and SHA-256 too).
    public let isWhole: Bool
    private let memo = DetectionMemo()

    /// Creates an input of every byte of it.
    public init(bytes: [UInt8], name: SourceName) {
        self.init(bytes: bytes, name: name, isWhole: true)
    }

    /// Creates an input; `isWhole: false` when `bytes` are only its leading bytes.
    public init(bytes: [UInt8], name: SourceName, isWhole: Bool) {
        self.bytes = bytes
        self.name = name
        self.isWhole = isWhole
    }

    /// The sample a sniffer sees of this input. Its encoding decision is the input's, shared: a
    /// text file opening with over 64 KiB of ASCII, then GBK, was sniffed from its all-ASCII
    /// leading bytes as ASCII, so read as UTF-8 with every Chinese character replaced.
    public var sample: InputSample {
        InputSample(leading: Array(bytes.prefix(InputSample.maximumLength)), fileName: name.display,
                    totalByteCount: isWhole ? bytes.count : nil, memo: memo, detectionSource: (bytes, isWhole))
    }

    /// The encoding detector's answer for the input with no declaration, computed once.
    public var encodingDecision: EncodingDecision {
        memo.value { EncodingDetector.detect(bytes[...], endsInput: isWhole) }
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
