import CEncodingTables

extension EncodingStatistics {
    /// Counts like the GB18030 decoder reads (WHATWG error rules), without producing text.
    static func scanGB18030(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
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

    /// Counts like the Big5 decoder reads.
    static func scanBig5(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
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
