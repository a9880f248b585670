/// Byte order marks, which beat any declaration (WHATWG).
public enum ByteOrderMark {
    /// The encoding a BOM at the start of `bytes` announces, with the BOM's length.
    public static func detect(_ bytes: ArraySlice<UInt8>) -> (encoding: TextEncoding, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }
}

extension ByteOrderMark {
    /// The first `limit` bytes, decoded to UTF-8 when a UTF-16 BOM starts them: markup and other
    /// ASCII syntax can then be looked for byte by byte, as in every other encoding Gazette reads.
    public static func asciiView(_ bytes: ArraySlice<UInt8>, limit: Int) -> ArraySlice<UInt8> {
        guard let bom = detect(bytes), bom.encoding != .utf8 else { return bytes.prefix(limit) }
        return Array(bom.encoding.decode(bytes.prefix(limit)).text.utf8)[...]
    }

    /// The length of the BOM of `encoding` at the start of `bytes`, or 0.
    public static func length(of encoding: TextEncoding, in bytes: ArraySlice<UInt8>) -> Int {
        guard let bom = detect(bytes), bom.encoding == encoding else { return 0 }
        return bom.length
    }
}
