extension SourceName: CustomStringConvertible {
    /// The name for messages: as it is when it is UTF-8; otherwise its ASCII as it is (its
    /// backslashes doubled) and every other byte as `\xB1`, so two different names never read
    /// alike (a GB18030 or U+FFFD reading could: `caf\xE9.txt` and `caf\xE8.txt`) and the form is
    /// what a shell's `$'…'` quoting takes to reach the file. Bytes of such a name that happen to
    /// form UTF-8 (GBK `年报` is `\xC4` then the UTF-8 of `걨`) are escaped too, not shown as
    /// characters the name does not hold.
    public var description: String { Self.escaped(bytes[...]) }

    /// The name as a UTF-8 file name, for an output derived from it: as it is when it is UTF-8,
    /// its GB18030 reading when that decodes cleanly (a GBK name gives the same characters in
    /// UTF-8), else the escaped form of ``description``. Different names then get different
    /// outputs unless one is the other's reading (`报告.txt` beside its GBK twin).
    public var outputName: String {
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        let gb = TextEncoding.gb18030.decode(bytes)
        return gb.problems.isEmpty ? gb.text : Self.escaped(bytes[...])
    }

    /// `bytes` as text: as they are when UTF-8, else ASCII kept (backslashes doubled) and other
    /// bytes as `\xNN`.
    static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var text = String.UnicodeScalarView()
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): text.append(contentsOf: #"\\"#.unicodeScalars)
            case 0..<0x80: text.append(Unicode.Scalar(byte))
            default: text.append(contentsOf: ["\\", "x", digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }
        }
        return String(text)
    }
}
