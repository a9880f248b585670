@testable import Conversion
import Foundation
import Testing

/// The UTF-8 counting automaton against the plain loop it replaced, which reads like the decoder:
/// the same characters, frequent characters and errors on any bytes, cut or whole.
@Suite("UTF-8 statistics automaton")
struct UTF8AutomatonTests {
    static let samples: [[UInt8]] = [
        [], [0x41], [0xE4, 0xB8], [0xE4, 0xB8, 0xAD], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x98, 0x80, 0x41], [0xE0, 0x80, 0x80], [0xF0, 0x80], [0xE1, 0x41, 0xBF], [0xC2, 0xC2, 0xA9],
        Array("政府信息公开年度报告，一、总体情况".utf8),
        Array("中文 ascii 混合：２０１９年".utf8).dropLast(1).map { $0 },
    ]

    @Test("hand-picked sequences", arguments: samples)
    func handPicked(_ bytes: [UInt8]) {
        for complete in [true, false] {
            #expect(counts(bytes, complete) == Self.reference(bytes, complete), "\(bytes) complete: \(complete)")
        }
    }

    @Test("random bytes, GB-like bytes and cut UTF-8")
    func random() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            let length = Int.random(in: 0...300, using: &generator)
            let bytes: [UInt8] = switch round % 5 {
            case 0: (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            case 1: (0..<length).map { _ in UInt8.random(in: 0xA1...0xFE, using: &generator) }
            case 2: (0..<length).map { _ in UInt8.random(in: 0x7E...0xF5, using: &generator) }
            case 3: (0..<length).map { _ in
                // Lines of would-be sequences: break bytes where two lanes may be cut.
                Bool.random(using: &generator) ? [0x0A, 0x20, 0x2F].randomElement(using: &generator)! : UInt8.random(in: 0x80...0xF5, using: &generator)
            }
            default: Array(String(repeating: "公开申请办理情况é😀", count: length / 20 + 1).utf8.prefix(length))
            }
            for complete in [true, false] {
                #expect(counts(bytes, complete) == Self.reference(bytes, complete), "\(bytes) complete: \(complete)")
            }
        }
    }

    @Test("non-ASCII bytes counted a word at a time, at every length and alignment")
    func nonASCIICount() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...40 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                let start = Int.random(in: 0...length, using: &generator)
                // Counted from `start` inside the array, so the words are loaded at every alignment.
                let counted = bytes.withUnsafeBufferPointer { EncodingStatistics.countNonASCII(UnsafeBufferPointer(rebasing: $0[start...])) }
                #expect(counted == bytes[start...].filter { $0 >= 0x80 }.count, "\(bytes) from \(start)")
            }
        }
    }

    /// The automaton's counts, read in one lane and in two (every sample is split where it can
    /// be); both must equal the reference.
    private func counts(_ bytes: [UInt8], _ complete: Bool) -> CandidateCounts {
        bytes.withUnsafeBufferPointer { buffer in
            let one = EncodingStatistics.scanUTF8(buffer, isComplete: complete, laneMinimum: .max)
            let two = EncodingStatistics.scanUTF8(buffer, isComplete: complete, laneMinimum: 0)
            #expect(one == two, "one lane and two differ on \(bytes)")
            return two
        }
    }

    /// The loop scanUTF8 used before the automaton.
    static func reference(_ array: [UInt8], _ isComplete: Bool) -> CandidateCounts {
        array.withUnsafeBufferPointer { bytes in utf8Leads.withUnsafeBufferPointer { leads in
            var counts = CandidateCounts()
            let n = bytes.count
            var i = 0
            while i < n {
                let lead = bytes[i]
                if lead < 0x80 { i += 1; continue }
                let (length, low, high) = leads[Int(lead)]
                guard length > 0 else { counts.errors += 1; i += 1; continue }
                // The second byte has a lead-specific range; later ones are plain continuation bytes.
                var taken = 1
                while taken < length, i + taken < n {
                    let byte = bytes[i + taken]
                    let ok = taken == 1 ? (byte >= low && byte <= high) : (byte & 0xC0 == 0x80)
                    if !ok { break }
                    taken += 1
                }
                if taken == length {
                    counts.characters += 1
                    if length == 3 {
                        let scalar = Int(lead & 0x0F) << 12 | Int(bytes[i + 1] & 0x3F) << 6 | Int(bytes[i + 2] & 0x3F)
                        counts.frequent += FrequentCharacters.isFrequent(scalar) ? 1 : 0
                    }
                } else if i + taken < n || isComplete {
                    counts.errors += 1
                }
                i += taken
            }
            return counts
        } }
    }

    /// For each byte: the length of the UTF-8 sequence it leads (0 when it cannot lead one) and the
    /// range of the byte after it. A table, because on GB or Big5 input nearly every byte is a
    /// would-be lead and the range `switch` ran once per byte.
    private static let utf8Leads: [(length: Int, low: UInt8, high: UInt8)] = (0...255).map { (lead: Int) in
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: (0, 0, 0)
        }
    }
}
