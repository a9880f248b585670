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

    /// Creates a sample, keeping at most `maximumLength` leading bytes.
    public init<C: Collection<UInt8>>(bytes: C, fileName: String, totalByteCount: Int? = nil) {
        self.bytes = Array(bytes.prefix(InputSample.maximumLength))
        self.fileName = fileName
        self.totalByteCount = totalByteCount
    }

    /// The lowercased file-name extension without the dot, or "" when there is none.
    public var fileExtension: String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
        return String(fileName[fileName.index(after: dot)...]).lowercased()
    }

    /// True when the sample holds every byte of the input.
    public var isComplete: Bool { totalByteCount.map { $0 <= bytes.count } ?? false }
}
