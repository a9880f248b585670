/// An exact, cheap test that a short line can be neither chrome nor a metadata line, so that most
/// lines skip decoding and the rules. Each rule needs something a line without it lacks:
/// a metadata line a colon; a separator its rule characters; a breadcrumb a mark (`>` …) or a
/// location word at its start; a widget line a vocabulary word where its first scalar that is not
/// space or bracket stands (`ChromeVocabulary.coverReason` gives up there otherwise).
enum RuleGate {
    /// False only when no chrome or metadata rule can match `text`.
    static func mayMatch(_ text: Substring) -> Bool {
        ScalarText.withUTF8(text) { mayStartWithWord($0) || hasSpecial($0) }
    }

    /// Whether `bytes` hold a colon, a breadcrumb mark or a separator's rule character:
    /// `:` `>` `=` `-` `*` `_`, `：` `＞` (EF BC 9A/9E), `»` (C2 BB), `→` (E2 86 92), `─` `━` (E2 94 80/81),
    /// `—` (E2 80 94). Each is a whole scalar, so a byte match is a scalar match.
    private static func hasSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            // Eight bytes at a time while none is ASCII or one of the three lead bytes.
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080, !hasByte(word, 0xEF), !hasByte(word, 0xE2),
               !hasByte(word, 0xC2) {
                index += 8
                continue
            }
            // Each of the eight looked at once: sliding the window by one byte re-tested the same
            // bytes up to eight times after every full-width comma (EF BC 8C).
            let end = index + 8
            while index < end {
                if isSpecial(bytes, at: index) { return true }
                index += 1
            }
        }
        while index < count {
            if isSpecial(bytes, at: index) { return true }
            index += 1
        }
        return false
    }

    /// Whether one of `hasSpecial`'s scalars starts at `index`.
    @inline(__always)
    private static func isSpecial(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = bytes.count
        switch bytes[index] {
        case 0x3A, 0x3E, 0x3D, 0x2D, 0x2A, 0x5F:
            return true
        case 0xEF:
            return index + 2 < count && bytes[index + 1] == 0xBC && (bytes[index + 2] == 0x9A || bytes[index + 2] == 0x9E)
        case 0xC2:
            return index + 1 < count && bytes[index + 1] == 0xBB
        case 0xE2:
            guard index + 2 < count else { return false }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            return (second == 0x86 && third == 0x92) || (second == 0x94 && (third == 0x80 || third == 0x81))
                || (second == 0x80 && third == 0x94)
        default:
            return false
        }
    }

    /// Whether some byte of `word` is `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether the first non-space scalar could start a location word, or the first scalar that
    /// is neither space nor widget syntax could start a vocabulary word.
    private static func mayStartWithWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let cursor = UTF8Cursor(bytes: bytes)
        var offset = 0
        var sawNonSpace = false
        while offset < bytes.count {
            let (scalar, length) = cursor.scalar(at: offset)
            if !ScalarText.isSpace(scalar) {
                if !sawNonSpace, ChromeRule.locationWordStarts.contains(scalar) { return true }
                sawNonSpace = true
                if !ChromeVocabulary.isSyntax(scalar) { return ChromeVocabulary.wordStarts.contains(scalar) }
            }
            offset += length
        }
        return false
    }
}
