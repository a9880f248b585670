import CEncodingTables
@testable import Conversion
import Testing

/// The joint GB18030/Big5 scan against the two single scans it replaced (kept here as the
/// reference, over the decoders' own tables): the same counts on any bytes, whole or cut,
/// including where the two readings fall out of step and back into it.
@Suite("Joint GB18030 and Big5 statistics scan")
struct JointScanTests {
    /// Byte pools that make the readings disagree: four-byte GB codes (digit trails), 0x80 and
    /// 0xFF, Big5-only trails (0x40-0x7E), ASCII, and common GB and Big5 text bytes.
    static let pools: [[UInt8]] = [
        Array(0xA1...0xFE),
        Array(0x81...0xFE) + Array(0x30...0x39) + [0x80, 0xFF, 0x41, 0x0A],
        Array(0x40...0x7E) + Array(0xA1...0xF9) + [0x0A, 0x20],
        [0x80, 0xFF, 0x81, 0x30, 0x39, 0xFE, 0x40, 0x7F, 0xA1, 0x41, 0x0A, 0x2F],
        Array(0...255),
    ]

    @Test("random bytes from each pool", arguments: pools.indices)
    func randomBytes(_ pool: Int) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in Self.pools[pool].randomElement(using: &generator)! }
            for complete in [true, false] {
                bytes.withUnsafeBufferPointer { buffer in
                    // In one lane, and in two wherever the sample can be cut.
                    for laneMinimum in [Int.max, 0] {
                        let joint = EncodingStatistics.scanGB18030AndBig5(buffer, isComplete: complete, laneMinimum: laneMinimum)
                        #expect(joint.gb18030 == Self.referenceGB18030(buffer, isComplete: complete), "\(bytes)")
                        #expect(joint.big5 == Self.referenceBig5(buffer, isComplete: complete), "\(bytes)")
                    }
                }
            }
        }
    }

    @Test func realTextInBothEncodings() {
        // 政府信息公开 in GBK, then in Big5 (政府資訊公開), then a four-byte GB18030 code (U+0080).
        let gbk: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2, 0xB9, 0xAB, 0xBF, 0xAA]
        let big5: [UInt8] = [0xAC, 0x46, 0xA9, 0xB2, 0xB8, 0xEA, 0xB0, 0x54, 0xA4, 0xBD, 0xB6, 0x7D]
        let fourByte: [UInt8] = [0x81, 0x30, 0x81, 0x30]
        let bytes = gbk + [0x41] + big5 + fourByte + gbk
        bytes.withUnsafeBufferPointer { buffer in
            let joint = EncodingStatistics.scanGB18030AndBig5(buffer, isComplete: true)
            #expect(joint.gb18030 == Self.referenceGB18030(buffer, isComplete: true))
            #expect(joint.big5 == Self.referenceBig5(buffer, isComplete: true))
            #expect(joint.gb18030.characters > 0 && joint.big5.characters > 0)
        }
    }

    // MARK: - The reference
    /// GB18030 counts by the loop the joint scan replaced, over the decoders' own tables.
    static func referenceGB18030(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
        let twoByte = gazette_gb18030_two_byte!, frequent = gazette_gb18030_frequent!
        var counts = CandidateCounts()
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            if lead == 0x80 || lead == 0xFF {
                if lead == 0x80 { counts.characters += 1 } else { counts.errors += 1 }
                i += 1
                continue
            }
            guard i + 1 < n else { if isComplete { counts.errors += 1 }; break }
            let key = Int(lead & 0x7F) << 8 | Int(bytes[i + 1])
            if twoByte[key] != 0 {
                counts.characters += 1
                counts.frequent += Int(frequent[key])
                i += 2
            } else if bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 {
                guard i + 3 < n else { if isComplete { counts.errors += 1 }; break }
                let third = bytes[i + 2], fourth = bytes[i + 3]
                if third >= 0x81 && third <= 0xFE && fourth >= 0x30 && fourth <= 0x39 {
                    counts.characters += 1
                    i += 4
                } else {
                    counts.errors += 1
                    i += 1
                }
            } else {
                counts.errors += 1
                i += bytes[i + 1] < 0x80 ? 1 : 2
            }
        }
        return counts
    }

    /// Big5 counts by the loop the joint scan replaced.
    static func referenceBig5(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
        let index = gazette_big5_index!, frequent = gazette_big5_frequent!
        var counts = CandidateCounts()
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard lead >= 0x81 && lead <= 0xFE else { counts.errors += 1; i += 1; continue }
            guard i + 1 < n else { if isComplete { counts.errors += 1 }; break }
            let trail = bytes[i + 1]
            if let pointer = Big5Decoder.pointer(lead: lead, trail: trail),
                index[pointer] != 0 || Big5Decoder.twoCodePoints(pointer) != nil
            {
                counts.characters += 1
                counts.frequent += Int(frequent[Int(lead & 0x7F) << 8 | Int(trail)])
                i += 2
            } else {
                counts.errors += 1
                i += trail < 0x80 ? 1 : 2
            }
        }
        return counts
    }
}
