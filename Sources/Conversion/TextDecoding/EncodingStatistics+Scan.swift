extension EncodingStatistics {
    /// Counts like the GB18030 decoder reads (WHATWG error rules), without producing text.
    static func scanGB18030(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
        PairClasses.gb18030.withUnsafeBufferPointer { classes in scanGB18030(bytes, isComplete: isComplete, classes: classes) }
    }

    private static func scanGB18030(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool, classes: UnsafeBufferPointer<UInt8>) -> CandidateCounts {
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
            let pair = classes[key]
            if pair != 0 {
                counts.characters += 1
                counts.frequent += Int(pair >> 1)
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
        PairClasses.big5.withUnsafeBufferPointer { classes in scanBig5(bytes, isComplete: isComplete, classes: classes) }
    }

    private static func scanBig5(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool, classes: UnsafeBufferPointer<UInt8>) -> CandidateCounts {
        var counts = CandidateCounts()
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard lead >= 0x81 && lead <= 0xFE else { counts.errors += 1; i += 1; continue }
            guard i + 1 < n else { if isComplete { counts.errors += 1 }; break }
            let trail = bytes[i + 1]
            let pair = classes[Int(lead & 0x7F) << 8 | Int(trail)]
            if pair != 0 {
                counts.characters += 1
                counts.frequent += Int(pair >> 1)
                i += 2
            } else {
                counts.errors += 1
                i += trail < 0x80 ? 1 : 2
            }
        }
        return counts
    }
}
