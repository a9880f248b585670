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
        // Sixteen offsets at a time, exactly: the word-at-a-time filter this replaced let every
        // full-width comma (EF BC 8C) through to the byte loop.
        while index + 18 <= count {
            if specialStarts(raw, at: index) { return true }
            index += 16
        }
        while index < count {
            if isSpecial(bytes, at: index) { return true }
            index += 1
        }
        return false
    }

    /// Whether one of `hasSpecial`'s scalars starts at one of the sixteen offsets from `index`
    /// (reads 18 bytes): `isSpecial` as SIMD compares.
    @inline(__always)
    private static func specialStarts(_ raw: UnsafeRawPointer, at index: Int) -> Bool {
        // Every operand a vector bound to a name: with a scalar or an inline `SIMD16(repeating:)`
        // operand the compiler compared lane by lane.
        typealias Bytes = SIMD16<UInt8>
        let colon = Bytes(repeating: 0x3A), greater = Bytes(repeating: 0x3E), equal = Bytes(repeating: 0x3D)
        let hyphen = Bytes(repeating: 0x2D), star = Bytes(repeating: 0x2A), underscore = Bytes(repeating: 0x5F)
        let leadEF = Bytes(repeating: 0xEF), leadC2 = Bytes(repeating: 0xC2), leadE2 = Bytes(repeating: 0xE2)
        let xBC = Bytes(repeating: 0xBC), x9A = Bytes(repeating: 0x9A), x9E = Bytes(repeating: 0x9E), xBB = Bytes(repeating: 0xBB)
        let x86 = Bytes(repeating: 0x86), x92 = Bytes(repeating: 0x92), x94 = Bytes(repeating: 0x94)
        let x80 = Bytes(repeating: 0x80), x81 = Bytes(repeating: 0x81)
        let first = raw.loadUnaligned(fromByteOffset: index, as: Bytes.self)
        let second = raw.loadUnaligned(fromByteOffset: index + 1, as: Bytes.self)
        let third = raw.loadUnaligned(fromByteOffset: index + 2, as: Bytes.self)
        let ascii = (first .== colon) .| (first .== greater) .| (first .== equal) .| (first .== hyphen)
            .| (first .== star) .| (first .== underscore)
        let fullWidth = (first .== leadEF) .& (second .== xBC) .& ((third .== x9A) .| (third .== x9E))
        let guillemet = (first .== leadC2) .& (second .== xBB)
        let arrowOrRule = (first .== leadE2) .& (((second .== x86) .& (third .== x92))
            .| ((second .== x94) .& ((third .== x80) .| (third .== x81))) .| ((second .== x80) .& (third .== x94)))
        let lanes = unsafeBitCast(ascii .| fullWidth .| guillemet .| arrowOrRule, to: SIMD2<UInt64>.self)
        return lanes[0] | lanes[1] != 0
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
