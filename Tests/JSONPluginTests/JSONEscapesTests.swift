@testable import JSONPlugin
import Testing

@Suite("Finding the bytes a JSON string escapes")
struct JSONEscapesTests {
    /// The byte loop the word-at-a-time scan replaced: the reference it must match.
    static func reference(_ bytes: [UInt8], from start: Int) -> Int {
        bytes[start...].firstIndex { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } ?? bytes.count
    }

    /// Bytes that sit next to the special ones in value: a borrow or a near miss would show here.
    static let alphabet: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA0, 0xE4, 0xFF, 0x41]

    @Test func everySpecialByteIsFoundAtEveryPositionOfAWord() {
        for special in [UInt8](0..<0x20) + [0x22, 0x5C] {
            for length in 1...24 {
                for position in 0..<length {
                    var bytes = [UInt8](repeating: 0xE4, count: length)
                    bytes[position] = special
                    let found = bytes.withUnsafeBufferPointer { JSONEscapes.firstNeedingEscape(in: $0, from: 0) }
                    #expect(found == position, "byte \(special) at \(position) of \(length)")
                }
            }
        }
    }

    @Test func randomBytesMatchTheByteLoop() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Self.alphabet.randomElement(using: &generator)! }
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let found = bytes.withUnsafeBufferPointer { JSONEscapes.firstNeedingEscape(in: $0, from: start) }
            #expect(found == Self.reference(bytes, from: start), "\(bytes) from \(start)")
        }
    }

    @Test func noSpecialByteGivesTheEnd() {
        let bytes = Array("政府信息公开年度报告 2019 (annual report) ~ [ok]".utf8)
        #expect(bytes.withUnsafeBufferPointer { JSONEscapes.firstNeedingEscape(in: $0, from: 0) } == bytes.count)
    }
}
