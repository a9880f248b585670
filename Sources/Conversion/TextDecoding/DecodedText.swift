/// Text decoded from bytes, with every place the bytes could not be decoded.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text; each undecodable sequence became U+FFFD.
    public var text: String
    /// The undecodable sequences, in byte order.
    public var problems: [DecodingProblem]

    /// Creates decoded text.
    public init(text: String, problems: [DecodingProblem] = []) {
        self.text = text
        self.problems = problems
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
