import Conversion
import Testing

/// The WHATWG Big5 decoder on hand-made bytes.
@Suite("Big5 decoder")
struct Big5DecoderTests {
    static func decode(_ bytes: [UInt8]) -> DecodedText { TextEncoding.big5.decode(bytes) }

    /// The four pointers that decode to two code points.
    static let twoCodePointCases: [(bytes: [UInt8], text: String)] = [
        ([0x88, 0x62], "\u{CA}\u{304}"), ([0x88, 0x64], "\u{CA}\u{30C}"),
        ([0x88, 0xA3], "\u{EA}\u{304}"), ([0x88, 0xA5], "\u{EA}\u{30C}"),
    ]

    @Test(arguments: twoCodePointCases)
    func twoCodePointSequences(bytes: [UInt8], text: String) {
        let decoded = Self.decode(bytes)
        #expect(Array(decoded.text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(decoded.problems.isEmpty)
    }

    static let singleCharacters: [(bytes: [UInt8], scalar: UInt32)] = [
        ([0xA4, 0xA4], 0x4E2D),  // 中
        ([0xB0, 0xEA], 0x570B),  // 國
        ([0xA1, 0x41], 0xFF0C),  // ，
        ([0xA1, 0xFE], 0xFF0F),  // ／ (glibc BIG5-HKSCS rejects it)
        ([0xA1, 0x45], 0x2027),  // Python big5hkscs: U+2022
        ([0x87, 0x45], 0x27267),  // HKSCS, outside the BMP
        ([0xF9, 0xFE], 0xFFED),
    ]

    @Test(arguments: singleCharacters)
    func decodesIndexBig5(bytes: [UInt8], scalar: UInt32) {
        let decoded = Self.decode(bytes)
        #expect(decoded.text.unicodeScalars.map(\.value) == [scalar])
        #expect(decoded.problems.isEmpty)
    }

    static let errorCases: [(bytes: [UInt8], text: String, problems: [Int])] = [
        ([0xA4, 0x20], "\u{FFFD} ", [0, 1]),  // ASCII after a lead is kept
        ([0x81, 0x40], "\u{FFFD}@", [0, 1]),  // a trail byte, but pointer is null: ASCII still kept
        ([0xA4, 0x80, 0x41], "\u{FFFD}A", [0, 2]),
        ([0x80, 0x41], "\u{FFFD}A", [0, 1]),
        ([0xFF], "\u{FFFD}", [0, 1]),
        ([0x41, 0xA4], "A\u{FFFD}", [1, 1]),  // truncated
    ]

    @Test(arguments: errorCases)
    func replacesBadSequencesTheWHATWGWay(bytes: [UInt8], text: String, problems: [Int]) {
        let decoded = Self.decode(bytes)
        #expect(decoded.text == text)
        #expect(decoded.problems.flatMap { [$0.byteOffset, $0.length] } == problems)
        #expect(decoded.problems.allSatisfy { $0.message.contains("Big5") })
    }

    @Test func offsetsAreAbsoluteInASlice() {
        let bytes: [UInt8] = [0x41, 0x42, 0xA4, 0xA4, 0xFF]
        let decoded = TextEncoding.big5.decode(bytes[2...])
        #expect(decoded.text == "中\u{FFFD}")
        #expect(decoded.problems.map(\.byteOffset) == [4])
    }

    @Test func worstCaseExpansion() {
        let bytes = [UInt8](repeating: 0x80, count: 4001)
        #expect(Self.decode(bytes).text == String(repeating: "\u{FFFD}", count: 4001))
    }
}
