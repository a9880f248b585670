import Conversion
import Testing

/// The WHATWG gb18030 decoder on hand-made bytes: the codes libraries disagree on, four-byte
/// sequences, and every error path (one U+FFFD, ASCII never swallowed, offsets in the original array).
@Suite("GB18030 decoder")
struct GB18030DecoderTests {
    static func decode(_ bytes: [UInt8]) -> DecodedText { TextEncoding.gb18030.decode(bytes) }

    /// Bytes and the one scalar WHATWG decodes them to.
    static let singleCharacters: [([UInt8], UInt32)] = [
        ([0x80], 0x20AC),  // glibc rejects it
        ([0xA3, 0xA0], 0x3000),  // glibc: U+E5E5
        ([0xFE, 0x51], 0xE816),  // glibc: U+20087
        ([0xFE, 0x91], 0xE855),
        ([0xA1, 0xA1], 0x3000),
        ([0xA2, 0xE3], 0x20AC),
        ([0xA8, 0xBC], 0x1E3F),  // GB18030-2005
        ([0x81, 0x35, 0xF4, 0x37], 0xE7C7),  // pointer 7457, special-cased
        // GB18030-2022 (WHATWG PR #336): former PUA entries, and their old four-byte codes.
        ([0xA6, 0xD9], 0xFE10), ([0xA6, 0xDA], 0xFE12), ([0xA6, 0xF3], 0xFE19),
        ([0xFE, 0x59], 0x9FB4), ([0xFE, 0xA0], 0x9FBB),
        ([0x84, 0x31, 0x82, 0x36], 0xFE10), ([0x82, 0x35, 0x90, 0x37], 0x9FB4),
        // Four-byte sequences: ranges and the linear supplementary area.
        ([0x81, 0x30, 0x81, 0x30], 0x0080),
        ([0x84, 0x31, 0xA4, 0x39], 0xFFFF),
        ([0x95, 0x32, 0x90, 0x31], 0x20087),  // 𠂇
        ([0x94, 0x39, 0xFC, 0x36], 0x1F600),  // 😀
        ([0x90, 0x30, 0x81, 0x30], 0x10000),
        ([0xE3, 0x32, 0x9A, 0x35], 0x10FFFF),
        ([0xD6, 0xD0], 0x4E2D),  // 中
    ]

    @Test(arguments: singleCharacters)
    func decodesTheWHATWGScalar(bytes: [UInt8], scalar: UInt32) {
        let decoded = Self.decode(bytes)
        #expect(decoded.text.unicodeScalars.map(\.value) == [scalar])
        #expect(decoded.problems.isEmpty)
    }

    @Test func fullWidthPunctuation() {
        let bytes: [UInt8] = [0xA3, 0xAC, 0xA1, 0xA3, 0xA3, 0xA8, 0xA3, 0xA9, 0xA3, 0xBA, 0xA3, 0xBB, 0xA1, 0xB0, 0xA1, 0xB1, 0xA1, 0xB6, 0xA1, 0xB7]
        #expect(Self.decode(bytes) == DecodedText(text: "，。（）：；“”《》"))
    }

    /// Bytes, the text WHATWG makes of them, and each problem's (offset, length).
    static let errorCases: [(bytes: [UInt8], text: String, problems: [Int])] = [
        ([0x81, 0x20, 0x41], "\u{FFFD} A", [0, 1]),  // bad lead before ASCII: ASCII kept
        ([0x81, 0x7F], "\u{FFFD}\u{7F}", [0, 1]),
        ([0x81, 0xFF, 0x41], "\u{FFFD}A", [0, 2]),  // non-ASCII bad trail is part of the error
        ([0x41, 0xFF, 0x42], "A\u{FFFD}B", [1, 1]),  // never a byte
        ([0x61, 0xD6], "a\u{FFFD}", [1, 1]),  // truncated two-byte
        ([0x81, 0x30], "\u{FFFD}", [0, 2]),  // truncated four-byte: one U+FFFD
        ([0x81, 0x30, 0x81], "\u{FFFD}", [0, 3]),
        ([0x81, 0x30, 0x20], "\u{FFFD}0 ", [0, 1]),  // bad third byte: second and third read again
        ([0x81, 0x30, 0x81, 0x20], "\u{FFFD}0\u{FFFD} ", [0, 1, 2, 1]),
        ([0x84, 0x31, 0xA5, 0x30], "\u{FFFD}", [0, 4]),  // pointer 39420: no code point
        ([0x8F, 0x39, 0xFE, 0x39, 0x41], "\u{FFFD}A", [0, 4]),  // pointer 188999
        ([0xE3, 0x32, 0x9A, 0x36], "\u{FFFD}", [0, 4]),  // beyond U+10FFFF
        ([0xD6, 0xD0, 0x81, 0x0A, 0xCE, 0xC4], "中\u{FFFD}\n文", [2, 1]),
    ]

    @Test(arguments: errorCases)
    func replacesBadSequencesTheWHATWGWay(bytes: [UInt8], text: String, problems: [Int]) {
        let decoded = Self.decode(bytes)
        #expect(decoded.text == text)
        let found = decoded.problems.flatMap { [$0.byteOffset, $0.length] }
        #expect(found == problems)
    }

    @Test func messagesNameTheBytes() {
        #expect(Self.decode([0x81, 0x20]).problems.map(\.message) == ["invalid GB18030 sequence 0x81 0x20"])
        #expect(Self.decode([0x41, 0xFF]).problems.map(\.message) == ["invalid GB18030 sequence 0xFF"])
        let truncated = Self.decode([0x81, 0x30, 0x81]).problems.map(\.message)
        #expect(truncated == ["truncated GB18030 sequence at end of input (0x81 0x30 0x81)"])
    }

    /// Offsets are indices of the original array, not of the slice.
    @Test func offsetsAreAbsoluteInASlice() {
        let bytes: [UInt8] = [0xFF, 0x61, 0x62, 0x63, 0xD6, 0xD0, 0x81, 0x20]
        let decoded = TextEncoding.gb18030.decode(bytes[3...])
        #expect(decoded.text == "c中\u{FFFD} ")
        #expect(decoded.problems.map(\.byteOffset) == [6])
    }

    /// Output longer than real text needs (U+20AC and U+FFFD are three UTF-8 bytes for one byte).
    static let expandingUnits: [[UInt8]] = [[0x80], [0xFF], [0x80, 0x41], [0x81, 0x20]]

    @Test(arguments: expandingUnits)
    func worstCaseExpansion(unit: [UInt8]) {
        let repeated = Array([[UInt8]](repeating: unit, count: 5000).joined())
        let expected = String(repeating: Self.decode(unit).text, count: 5000)
        #expect(Self.decode(repeated).text == expected)
    }

    /// The eight-byte ASCII copy meets a multibyte character at every alignment.
    @Test func asciiRunsOfEveryLength() {
        for length in 0..<24 {
            let ascii = String(repeating: "x", count: length)
            let bytes = Array(ascii.utf8) + [0xD6, 0xD0] + Array(ascii.utf8) + [0xCE, 0xC4]
            #expect(Self.decode(bytes) == DecodedText(text: ascii + "中" + ascii + "文"))
        }
    }

    @Test func emptyInput() {
        #expect(Self.decode([]) == DecodedText(text: ""))
    }

    /// GBK lines around a stray UTF-8 line: the GBK lines survive intact, the UTF-8 line is mojibake.
    @Test func mixedGBKAndUTF8Lines() {
        let gbk: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0x0A]  // 政府\n
        let utf8 = Array("公开\n".utf8)
        let lines = Self.decode(gbk + utf8 + gbk).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "政府")
        #expect(lines[2] == "政府")
        #expect(lines[1] != "公开")
    }
}
