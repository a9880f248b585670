/// The character encodings Gazette decodes, named as the WHATWG Encoding Standard names them.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8 (a BOM, if any, is skipped).
    case utf8 = "UTF-8"
    /// UTF-16 little-endian.
    case utf16LE = "UTF-16LE"
    /// UTF-16 big-endian.
    case utf16BE = "UTF-16BE"
    /// GB18030, which also decodes every gb2312, gbk and x-gbk label (WHATWG rule).
    case gb18030 = "gb18030"
    /// Big5 (with the HKSCS extensions, as WHATWG defines it).
    case big5 = "Big5"

    /// The encoding for a charset label (case-insensitive, surrounding whitespace ignored), per WHATWG.
    public init?(label: String) {
        let key = label.trimmingASCIIWhitespace().lowercased()
        guard let encoding = TextEncoding.labels[key] else { return nil }
        self = encoding
    }

    /// The labels WHATWG assigns to these encodings.
    static let labels: [String: TextEncoding] = {
        var table: [String: TextEncoding] = [:]
        for label in ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"] {
            table[label] = .utf8
        }
        for label in ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"] {
            table[label] = .utf16LE
        }
        for label in ["unicodefffe", "utf-16be"] { table[label] = .utf16BE }
        for label in [
            "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
            "iso-ir-58", "x-gbk", "gb18030",
        ] {
            table[label] = .gb18030
        }
        for label in ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"] { table[label] = .big5 }
        return table
    }()

    /// Decodes bytes; offsets in the problems are indices of `bytes` (absolute in the original array).
    public func decode(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        switch self {
        case .utf8: UTF8Decoding.decode(bytes)
        case .utf16LE: UTF16Decoding.decode(bytes, bigEndian: false)
        case .utf16BE: UTF16Decoding.decode(bytes, bigEndian: true)
        case .gb18030: GB18030Decoder.decode(bytes)
        case .big5: Big5Decoder.decode(bytes)
        }
    }

    /// Decodes a whole byte array.
    public func decode(_ bytes: [UInt8]) -> DecodedText { decode(bytes[...]) }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
