/// Where the reference decoders and the WHATWG Encoding Standard decode the same bytes
/// differently, on purpose. Each list is complete: it is what an exhaustive comparison of every
/// two-byte code (and every BMP four-byte GB18030 code) found, and the tests allow nothing else.
///
/// GB18030 vs glibc 2.36 `iconv -f GB18030` (glibc follows GB18030-2022 itself; WHATWG follows
/// the Unicode Technical Committee's recommendation, whatwg/encoding PR #336):
/// - 0xA3 0xA0: WHATWG U+3000 (compatibility with deployed content), glibc U+E5E5 (PUA).
/// - 0xFE 0x51/0x52/0x53/0x6C/0x76/0x91: WHATWG keeps the PUA code points of GB18030-2005
///   (U+E816...), glibc gives the CJK Extension B characters (U+20087...), which WHATWG decodes
///   from their four-byte codes only (e.g. 0x95 0x32 0x90 0x31 is U+20087 in both).
/// - 0x80: WHATWG U+20AC, glibc rejects it.
/// - The old four-byte codes of the 18 characters GB18030-2022 moved to two-byte codes
///   (0x84 0x31 0x82 0x36-0x84 0x31 0x83 0x35 = U+FE10-U+FE19, 0x82 0x35 0x90 0x37-0x82 0x35 0x91 0x34
///   = U+9FB4-U+9FBB): WHATWG still decodes them, glibc rejects them.
///
/// Big5 vs Python's `big5hkscs` codec (glibc's BIG5-HKSCS rejects 0xA1 0xFE, common in real
/// Big5 text, so it cannot serve as the reference): the 11 codes below map differently; besides,
/// Python rejects 192 codes WHATWG decodes (mostly 0x87xx HKSCS-2008 additions and the 0xA3E1
/// euro sign row) — a file holding one has no Python reference.
enum ReferenceDifferences {
    /// (WHATWG scalar, glibc scalar) pairs allowed when comparing GB18030 text with glibc.
    static let gb18030Glibc: Set<ScalarPair> = [
        ScalarPair("\u{3000}", "\u{E5E5}"),
        ScalarPair("\u{E816}", "\u{20087}"), ScalarPair("\u{E817}", "\u{20089}"),
        ScalarPair("\u{E818}", "\u{200CC}"), ScalarPair("\u{E831}", "\u{215D7}"),
        ScalarPair("\u{E83B}", "\u{2298F}"), ScalarPair("\u{E855}", "\u{241FE}"),
    ]

    /// (WHATWG scalar, Python big5hkscs scalar) pairs allowed when comparing Big5 text.
    static let big5Python: Set<ScalarPair> = [
        ScalarPair("\u{2027}", "\u{2022}"), ScalarPair("\u{FE51}", "\u{FF64}"),
        ScalarPair("\u{00AF}", "\u{203E}"), ScalarPair("\u{FF5E}", "\u{223C}"),
        ScalarPair("\u{2295}", "\u{2641}"), ScalarPair("\u{2299}", "\u{2609}"),
        ScalarPair("\u{2215}", "\u{FF0F}"), ScalarPair("\u{FE68}", "\u{FF3C}"),
        ScalarPair("\u{FFE5}", "\u{00A5}"), ScalarPair("\u{FFE0}", "\u{00A2}"),
        ScalarPair("\u{FFE1}", "\u{00A3}"),
    ]

    /// A scalar Gazette produces and the one the reference produces for the same bytes.
    struct ScalarPair: Hashable {
        let whatwg: Unicode.Scalar
        let reference: Unicode.Scalar
        init(_ whatwg: Unicode.Scalar, _ reference: Unicode.Scalar) {
            self.whatwg = whatwg
            self.reference = reference
        }
    }

    /// The differences between `ours` and `reference` that `allowed` does not explain (at most 5),
    /// comparing scalar by scalar (every difference listed is one scalar for one scalar).
    static func unexplained(_ ours: String, _ reference: String, allowed: Set<ScalarPair>) -> [String] {
        let a = Array(ours.unicodeScalars), b = Array(reference.unicodeScalars)
        guard a.count == b.count else { return ["\(a.count) scalars, reference has \(b.count)"] }
        var found: [String] = []
        for (index, (x, y)) in zip(a, b).enumerated() where x != y && !allowed.contains(ScalarPair(x, y)) {
            found.append("scalar \(index): U+\(hex(x)) vs reference U+\(hex(y))")
            if found.count == 5 { break }
        }
        return found
    }

    static func hex(_ scalar: Unicode.Scalar) -> String { String(scalar.value, radix: 16, uppercase: true) }
}
