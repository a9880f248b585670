/// UTF-8 decoding that reports every ill-formed sequence (WHATWG: one U+FFFD per maximal subpart).
enum UTF8Decoding {
    static func decode(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        if let valid = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: valid)
        }
        var problems = ProblemList()
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                let bad = bytes[offset..<offset + length].map { "0x" + SHA256Hex.hex([$0]).uppercased() }
                problems.append(DecodingProblem(
                    byteOffset: offset, length: length,
                    message: "invalid UTF-8 sequence \(bad.joined(separator: " "))"))
                scalars.append("\u{FFFD}")
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return DecodedText(text: String(scalars), problems: problems)
    }

    /// True when the bytes are valid UTF-8.
    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
