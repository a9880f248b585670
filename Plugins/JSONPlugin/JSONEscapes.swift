/// Finding the bytes a JSON string must escape, eight at a time, and the runs indentation appends.
///
/// Report text is almost all multi-byte UTF-8 (every byte >= 0x80) with no quote, backslash or
/// control byte, so testing a word at a time skips most of it; the byte-by-byte loop was the
/// JSON writer's largest cost.
enum JSONEscapes {
    /// A newline followed by spaces: `indent()` appends a prefix of it (depth * 2 + 1 bytes).
    static var newlineAndSpaces: StaticString { "\n                                                                " }

    /// The position of the first byte at or after `start` that needs escaping (a control byte,
    /// `"` or `\`), or `utf8.count` when there is none.
    @inline(__always)
    static func firstNeedingEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= utf8.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if hasSpecialByte(word) { break }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return index
    }

    /// Whether any byte of `word` is below 0x20, 0x22 (`"`) or 0x5C (`\`).
    ///
    /// The "has a byte less than n" test, `(x - n·0x01…) & ~x & 0x80…` (n <= 128), and its n = 1
    /// case on `x ^ c·0x01…` for equality: exact about whether such a byte exists (a borrow can
    /// mark the wrong byte, which does not matter: the byte loop finds the position).
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below20 = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote & highs
        let hasBackslash = (backslash &- ones) & ~backslash & highs
        return (below20 | hasQuote | hasBackslash) != 0
    }
}
