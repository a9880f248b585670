/// A JSON object encoded with empty arrays (`documents`, and for a verify report `problems`),
/// split around them so their elements can be encoded one at a time between the pieces: neither
/// the index nor a verify report of a large bundle has to be encoded, or held, whole.
enum DocumentsFrame {
    /// `encoded` up to and including `"documents":[`, and from the closing `]` to the end plus a
    /// final LF; nil when the encoder did not write the empty array that way.
    static func split(_ encoded: [UInt8]) -> (prefix: [UInt8], suffix: [UInt8])? {
        split(encoded, around: "documents").map { ($0.prefix, $0.suffix + [0x0A]) }
    }

    /// `encoded` up to and including `"<key>":[`, and from the closing `]` to the end; nil when
    /// the encoder did not write the key's empty array that way.
    static func split(_ encoded: [UInt8], around key: String) -> (prefix: [UInt8], suffix: [UInt8])? {
        let opening = Array("\"\(key)\":[".utf8)
        guard let at = encoded.firstRange(of: opening + [UInt8(ascii: "]")]) else { return nil }
        return (Array(encoded[..<at.lowerBound]) + opening, Array(encoded[(at.upperBound - 1)...]))
    }
}
