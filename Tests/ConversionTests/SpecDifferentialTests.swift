import Conversion
import Testing
import TestSupport

/// Random byte strings made of the bytes that matter (ASCII, digits, leads, trails, 0x80, 0xFF)
/// decode exactly as the literal port of the standard's algorithm decodes them.
@Suite("Decoders against the standard's algorithm")
struct SpecDifferentialTests {
    static let interestingBytes: [UInt8] = [
        0x00, 0x20, 0x30, 0x35, 0x39, 0x3A, 0x40, 0x41, 0x62, 0x7E, 0x7F, 0x80, 0x81, 0x82, 0x84, 0x87,
        0x88, 0x8E, 0x90, 0x95, 0xA0, 0xA1, 0xA3, 0xA4, 0xA6, 0xB0, 0xC6, 0xD6, 0xE3, 0xF9, 0xFE, 0xFF,
    ]

    static func randomInputs(seed: UInt64, count: Int) -> [[UInt8]] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...24, using: &generator)
            return (0..<length).map { _ in
                Bool.random(using: &generator)
                    ? interestingBytes.randomElement(using: &generator)!
                    : UInt8.random(in: 0...255, using: &generator)
            }
        }
    }

    @Test func gb18030MatchesTheAlgorithm() {
        for input in Self.randomInputs(seed: 18030, count: 3000) {
            let decoded = TextEncoding.gb18030.decode(input)
            #expect(decoded.text == WHATWGSpecDecoder.gb18030(input), "input \(input)")
            // Index gb18030 never yields U+FFFD: each one is a reported problem.
            #expect(decoded.problemCount == decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        }
    }

    @Test func big5MatchesTheAlgorithm() {
        for input in Self.randomInputs(seed: 5, count: 3000) {
            let decoded = TextEncoding.big5.decode(input)
            #expect(decoded.text == WHATWGSpecDecoder.big5(input), "input \(input)")
            #expect(decoded.problemCount == decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        }
    }

    /// Problem offsets point at the byte that starts each replaced sequence and never overlap.
    @Test func problemOffsetsAreOrderedAndInside() {
        for input in Self.randomInputs(seed: 7, count: 1000) {
            for encoding in [TextEncoding.gb18030, .big5] {
                var end = 0
                for problem in encoding.decode(input).problems {
                    #expect(problem.byteOffset >= end && problem.length >= 1)
                    #expect(problem.byteOffset + problem.length <= input.count)
                    #expect(input[problem.byteOffset] >= 0x80, "a replaced sequence starts at a non-ASCII byte")
                    end = problem.byteOffset + problem.length
                }
            }
        }
    }
}
