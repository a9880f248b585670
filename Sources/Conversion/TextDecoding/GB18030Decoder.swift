/// PLACEHOLDER until the table-driven WHATWG GB18030 decoder lands: ASCII only, U+FFFD otherwise.
enum GB18030Decoder {
    static func decode(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        var problems: [DecodingProblem] = []
        var scalars = String.UnicodeScalarView()
        for (offset, byte) in zip(bytes.indices, bytes) {
            if byte < 0x80 { scalars.append(Unicode.Scalar(byte)) } else {
                scalars.append("\u{FFFD}")
                problems.append(DecodingProblem(byteOffset: offset, length: 1, message: "placeholder decoder"))
            }
        }
        return DecodedText(text: String(scalars), problems: problems)
    }
}
