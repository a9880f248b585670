/// A JSON object encoded with an empty `documents` array, split around that array so the documents
/// can be encoded one at a time between the halves: neither the index nor a verify report of a
/// large bundle has to be encoded, or held, whole.
enum DocumentsFrame {
    /// `encoded` up to and including `"documents":[`, and from the closing `]` to the end plus a
    /// final LF; nil when the encoder did not write the empty array that way.
    static func split(_ encoded: [UInt8]) -> (prefix: [UInt8], suffix: [UInt8])? {
        let marker = Array(#""documents":[]"#.utf8)
        guard let at = encoded.firstRange(of: marker) else { return nil }
        return (Array(encoded[..<at.lowerBound]) + Array(#""documents":["#.utf8), [UInt8(ascii: "]")] + encoded[at.upperBound...] + [0x0A])
    }
}
