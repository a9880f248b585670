import Conversion
import Testing

/// UTF-8 and UTF-16 decoding: every ill-formed sequence becomes U+FFFD with its offset.
@Suite("UTF-8 and UTF-16 decoding")
struct UnicodeDecodingTests {
    static let utf8Cases: [(bytes: [UInt8], text: String, problems: [Int])] = [
        ([0x61, 0xE4, 0xB8, 0x62], "a\u{FFFD}b", [1, 2]),  // truncated three-byte sequence
        ([0xC0, 0x80], "\u{FFFD}\u{FFFD}", [0, 1, 1, 1]),  // overlong
        ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}", [0, 1, 1, 1, 2, 1]),  // surrogate
        ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", [0, 1, 1, 1, 2, 1, 3, 1]),
        ([0xE4, 0xB8, 0xAD, 0xFF], "中\u{FFFD}", [3, 1]),
    ]

    @Test(arguments: utf8Cases)
    func utf8Problems(bytes: [UInt8], text: String, problems: [Int]) {
        let decoded = TextEncoding.utf8.decode(bytes)
        #expect(decoded.text == text)
        #expect(decoded.problems.flatMap { [$0.byteOffset, $0.length] } == problems)
    }

    @Test func utf8MessageAndSliceOffsets() {
        let bytes: [UInt8] = [0x41, 0x41, 0x61, 0xE4, 0xB8, 0x62]
        let decoded = TextEncoding.utf8.decode(bytes[2...])
        #expect(decoded.problems == [DecodingProblem(byteOffset: 3, length: 2, message: "invalid UTF-8 sequence 0xE4 0xB8")])
    }

    @Test(arguments: [false, true])
    func utf16LoneSurrogateAndOddByte(bigEndian: Bool) {
        let units: [UInt16] = [0x41, 0xD800, 0x42, 0xDC00]
        var bytes = units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        bytes.append(0x43)
        let decoded = (bigEndian ? TextEncoding.utf16BE : .utf16LE).decode(bytes)
        #expect(decoded.text == "A\u{FFFD}B\u{FFFD}\u{FFFD}")
        #expect(decoded.problems.map(\.byteOffset) == [2, 6, 8])
        #expect(decoded.problems.last?.length == 1)
    }

    @Test func utf16SurrogatePair() {
        let decoded = TextEncoding.utf16LE.decode([0x3D, 0xD8, 0x00, 0xDE])
        #expect(decoded == DecodedText(text: "😀"))
    }
}
