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
    /// Shared with the `ReaderInput` the sample came from, whose decision this is.
    private let memo: DetectionMemo
    /// What the encoding is decided on: the input's bytes, when the sample is cut from a
    /// ``ReaderInput``, and whether they end the input.
    private let detectionSource: (bytes: [UInt8], endsInput: Bool)

    /// Creates a sample, keeping at most `maximumLength` leading bytes.
    public init<C: Collection<UInt8>>(bytes: C, fileName: String, totalByteCount: Int? = nil) {
        let leading = Array(bytes.prefix(InputSample.maximumLength))
        self.init(leading: leading, fileName: fileName, totalByteCount: totalByteCount, memo: DetectionMemo(),
                  detectionSource: (leading, totalByteCount.map { $0 <= leading.count } ?? false))
    }

    init(leading: [UInt8], fileName: String, totalByteCount: Int?, memo: DetectionMemo,
         detectionSource: (bytes: [UInt8], endsInput: Bool)) {
        self.bytes = leading
        self.fileName = fileName
        self.totalByteCount = totalByteCount
        self.memo = memo
        self.detectionSource = detectionSource
    }

    /// The encoding detector's answer with no declaration, computed once per input. Cut from a
    /// ``ReaderInput``, it is the input's own decision (the detector looks past an ASCII preamble
    /// longer than the sample, which all-ASCII leading bytes alone could not), so sniffing and
    /// reading agree and the statistics run once.
    public var encodingDecision: EncodingDecision {
        memo.value { EncodingDetector.detect(detectionSource.bytes[...], endsInput: detectionSource.endsInput) }
    }

    /// The lowercased file-name extension without the dot, or "" when there is none.
    public var fileExtension: String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
        return String(fileName[fileName.index(after: dot)...]).lowercased()
    }

    /// True when the sample holds every byte of the input.
    public var isComplete: Bool { totalByteCount.map { $0 <= bytes.count } ?? false }
}
