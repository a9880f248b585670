/// PLACEHOLDER until the table-driven WHATWG Big5 decoder lands: ASCII only, U+FFFD otherwise.
enum Big5Decoder {
    static func decode(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        GB18030Decoder.decode(bytes)
    }
}
