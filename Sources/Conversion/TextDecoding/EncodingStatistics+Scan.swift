extension EncodingStatistics {
    /// The GB18030 and Big5 readings (counted like the decoders read, WHATWG error rules, without
    /// producing text) in one pass, each at its own position; where both stand at the same
    /// two-byte code that both decode (nearly every code of GB or Big5 text) it is looked up once,
    /// in ``PairClasses/combined``. A sample of `laneMinimum` bytes or more is read as two halves
    /// side by side, like the UTF-8 reading.
    static func scanGB18030AndBig5(
        _ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool, laneMinimum: Int = laneMinimum
    ) -> (gb18030: CandidateCounts, big5: CandidateCounts) {
        PairClasses.combined.withUnsafeBufferPointer { combined in
            PairClasses.gb18030.withUnsafeBufferPointer { gbClasses in
                PairClasses.big5.withUnsafeBufferPointer { big5Classes in
                    let tables = JointScanLane.Tables(combined: combined, gb18030: gbClasses, big5: big5Classes)
                    guard let split = laneSplit(bytes, minimum: laneMinimum) else {
                        var lane = JointScanLane(bytes, isComplete: isComplete, tables: tables)
                        while !lane.isDone { lane.step() }
                        return (lane.gb18030, lane.big5)
                    }
                    // The first half is read as complete: a four-byte code cut by its end is an
                    // error there, as its third byte (the one below 0x30) makes it in the whole.
                    var first = JointScanLane(UnsafeBufferPointer(rebasing: bytes[..<split]), isComplete: true, tables: tables)
                    var second = JointScanLane(UnsafeBufferPointer(rebasing: bytes[split...]), isComplete: isComplete, tables: tables)
                    while !first.isDone, !second.isDone {
                        first.step()
                        second.step()
                    }
                    while !first.isDone { first.step() }
                    while !second.isDone { second.step() }
                    return (first.gb18030 + second.gb18030, first.big5 + second.big5)
                }
            }
        }
    }

    /// One step of the GB18030 reading at `i`; returns where the next starts (`bytes.count` or more at the end).
    @inline(__always)
    static func stepGB18030(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, isComplete: Bool, classes: UnsafeBufferPointer<UInt8>, into counts: inout CandidateCounts
    ) -> Int {
        let n = bytes.count
        let lead = bytes[i]
        if lead < 0x80 { return i + 1 }
        if lead == 0x80 || lead == 0xFF {
            if lead == 0x80 { counts.characters &+= 1 } else { counts.errors &+= 1 }
            return i + 1
        }
        guard i + 1 < n else { if isComplete { counts.errors &+= 1 }; return n }
        let pair = classes[Int(lead & 0x7F) << 8 | Int(bytes[i + 1])]
        if pair != 0 {
            counts.characters &+= 1
            counts.frequent &+= Int(pair >> 1)
            return i + 2
        }
        if bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 {
            guard i + 3 < n else { if isComplete { counts.errors &+= 1 }; return n }
            let third = bytes[i + 2], fourth = bytes[i + 3]
            if third >= 0x81 && third <= 0xFE && fourth >= 0x30 && fourth <= 0x39 {
                counts.characters &+= 1
                return i + 4
            }
            counts.errors &+= 1
            return i + 1
        }
        counts.errors &+= 1
        return i + (bytes[i + 1] < 0x80 ? 1 : 2)
    }

    /// One step of the Big5 reading at `i`; returns where the next starts (`bytes.count` or more at the end).
    @inline(__always)
    static func stepBig5(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, isComplete: Bool, classes: UnsafeBufferPointer<UInt8>, into counts: inout CandidateCounts
    ) -> Int {
        let n = bytes.count
        let lead = bytes[i]
        if lead < 0x80 { return i + 1 }
        guard lead >= 0x81 && lead <= 0xFE else { counts.errors &+= 1; return i + 1 }
        guard i + 1 < n else { if isComplete { counts.errors &+= 1 }; return n }
        let trail = bytes[i + 1]
        let pair = classes[Int(lead & 0x7F) << 8 | Int(trail)]
        if pair != 0 {
            counts.characters &+= 1
            counts.frequent &+= Int(pair >> 1)
            return i + 2
        }
        counts.errors &+= 1
        return i + (trail < 0x80 ? 1 : 2)
    }
}
