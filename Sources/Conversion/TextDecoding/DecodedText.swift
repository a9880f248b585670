/// Text decoded from bytes, with the places the bytes could not be decoded.
public struct DecodedText: Sendable, Equatable {
    /// The most undecodable sequences listed one by one; the rest are counted.
    public static let listedLimit = 1000

    /// The decoded text; each undecodable sequence became U+FFFD.
    public var text: String
    /// The first undecodable sequences (at most ``listedLimit``), in byte order.
    public var problems: [DecodingProblem]
    /// How many undecodable sequences there were in all.
    public var problemCount: Int

    /// Creates decoded text; `problemCount` defaults to the problems listed.
    public init(text: String, problems: [DecodingProblem] = [], problemCount: Int? = nil) {
        self.text = text
        self.problems = problems
        self.problemCount = problemCount ?? problems.count
    }

    /// Creates decoded text with what a decoder recorded.
    init(text: String, problems: ProblemList) {
        self.init(text: text, problems: problems.listed, problemCount: problems.count)
    }
}

/// One undecodable byte sequence.
public struct DecodingProblem: Sendable, Equatable {
    /// Offset of its first byte in the original bytes.
    public var byteOffset: Int
    /// How many bytes were replaced by one U+FFFD.
    public var length: Int
    /// One line: what was wrong, e.g. `invalid GB18030 sequence 0x81 0x20`.
    public var message: String

    /// Creates a problem record.
    public init(byteOffset: Int, length: Int, message: String) {
        self.byteOffset = byteOffset
        self.length = length
        self.message = message
    }
}
