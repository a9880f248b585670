/// What a sniffer may look at: the leading bytes of an input and its file name. Nothing else.
public struct InputSample: Sendable {
    /// How many leading bytes a sample holds at most.
    public static let maximumLength = 64 * 1024

    /// The leading bytes (at most `maximumLength`).
    public let bytes: [UInt8]
    /// The file name (last path component), decoded for display; may be empty for standard input.
    public let fileName: String
    /// The total size of the input, when known.
    public let totalByteCount: Int?
    /// Shared with the `ReaderInput` the sample came from when the sample is the whole input.
    private let memo: DetectionMemo
    /// When the leading bytes are all ASCII, up to `maximumLength` bytes from the input's first
    /// non-ASCII byte, and whether they end the input: what the encoding is decided on.
    private let textWindow: (bytes: [UInt8], endsInput: Bool)?

    /// Creates a sample, keeping at most `maximumLength` leading bytes.
    public init<C: Collection<UInt8>>(bytes: C, fileName: String, totalByteCount: Int? = nil) {
        self.init(bytes: bytes, fileName: fileName, totalByteCount: totalByteCount, memo: DetectionMemo())
    }

    init<C: Collection<UInt8>>(bytes: C, fileName: String, totalByteCount: Int?, memo: DetectionMemo,
                               textWindow: (bytes: [UInt8], endsInput: Bool)? = nil) {
        self.bytes = Array(bytes.prefix(InputSample.maximumLength))
        self.fileName = fileName
        self.totalByteCount = totalByteCount
        self.memo = memo
        self.textWindow = textWindow
    }

    /// The encoding detector's answer for these bytes with no declaration, computed once per input.
    /// Past a preamble of ASCII longer than the sample (headers, markup), it is the answer for the
    /// text after it: all-ASCII leading bytes say nothing about the encoding.
    public var encodingDecision: EncodingDecision {
        memo.value {
            if let textWindow { return EncodingDetector.detect(textWindow.bytes[...], endsInput: textWindow.endsInput) }
            return EncodingDetector.detect(bytes[...], endsInput: isComplete)
        }
    }

    /// The lowercased file-name extension without the dot, or "" when there is none.
    public var fileExtension: String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
        return String(fileName[fileName.index(after: dot)...]).lowercased()
    }

    /// True when the sample holds every byte of the input.
    public var isComplete: Bool { totalByteCount.map { $0 <= bytes.count } ?? false }
}
