/// One run of the joint GB18030 and Big5 reading over a buffer, a step at a time, so that two runs
/// can be interleaved (``EncodingStatistics/scanGB18030AndBig5(_:isComplete:laneMinimum:)``).
struct JointScanLane {
    /// The class tables the readings look codes up in.
    struct Tables {
        let combined: UnsafeBufferPointer<UInt8>
        let gb18030: UnsafeBufferPointer<UInt8>
        let big5: UnsafeBufferPointer<UInt8>
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let isComplete: Bool
    private let tables: Tables
    /// Where each reading stands.
    private var g = 0, b = 0
    /// The counts so far.
    private(set) var gb18030 = CandidateCounts(), big5 = CandidateCounts()

    init(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool, tables: Tables) {
        self.bytes = bytes
        self.isComplete = isComplete
        self.tables = tables
    }

    /// True when both readings have reached the end.
    var isDone: Bool { g >= bytes.count && b >= bytes.count }

    /// Advances: both readings over a code both decode, or the one behind by its own step.
    @inline(__always)
    mutating func step() {
        let n = bytes.count
        if g == b {
            let lead = bytes[g]
            if lead < 0x80 { g &+= 1; b &+= 1; return }
            if lead != 0x80, lead != 0xFF, g + 1 < n {
                let both = Int(tables.combined[Int(lead & 0x7F) << 8 | Int(bytes[g + 1])])
                if both & PairClasses.bothValid == PairClasses.bothValid {
                    gb18030.characters &+= 1
                    gb18030.frequent &+= both >> 1 & 1
                    big5.characters &+= 1
                    big5.frequent &+= both >> 3 & 1
                    g &+= 2
                    b &+= 2
                    return
                }
            }
        }
        if g <= b {
            g = EncodingStatistics.stepGB18030(bytes, at: g, isComplete: isComplete, classes: tables.gb18030, into: &gb18030)
        } else {
            b = EncodingStatistics.stepBig5(bytes, at: b, isComplete: isComplete, classes: tables.big5, into: &big5)
        }
    }
}
