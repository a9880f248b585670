import CEncodingTables

/// How each candidate encoding (UTF-8, GB18030, Big5) reads a sample of bytes.
///
/// Validity alone cannot tell these apart: Big5 and EUC-TW bytes are also valid GB18030. What
/// tells them apart is whether the decoded text is made of the characters Chinese text is made
/// of, so each candidate is scored by the share of frequent characters (the 1000 commonest
/// Simplified ones and their Traditional forms, and full-width punctuation; tables made by
/// scripts/gen-encoding-tables) among what it decodes.
struct EncodingStatistics: Sendable, Equatable {
    /// The candidates.
    var utf8 = CandidateCounts()
    /// GB18030 (and so GBK and GB2312).
    var gb18030 = CandidateCounts()
    /// Big5.
    var big5 = CandidateCounts()
    /// Bytes at or above 0x80.
    var nonASCIIBytes = 0

    /// No bytes measured.
    private init() {}

    /// Measures `sample`; `isComplete` says whether it ends where the input ends, so that a
    /// sequence cut off at its end is an error rather than the sampling's doing.
    init(_ sample: ArraySlice<UInt8>, isComplete: Bool) {
        self = sample.withUnsafeBufferPointer { bytes in
            let nonASCII = Self.countNonASCII(bytes)
            var statistics = EncodingStatistics()
            guard nonASCII > 0 else { return statistics }
            statistics.nonASCIIBytes = nonASCII
            statistics.utf8 = Self.scanUTF8(bytes, isComplete: isComplete)
            (statistics.gb18030, statistics.big5) = Self.scanGB18030AndBig5(bytes, isComplete: isComplete)
            return statistics
        }
    }

    /// The bytes at or above 0x80, eight at a time (the byte loop did not vectorize: ~4 instructions a byte).
    static func countNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0, index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                count &+= (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
            }
        }
        while index < bytes.count {
            count &+= Int(bytes[index] >> 7)
            index += 1
        }
        return count
    }

    /// True when the sample has no byte at or above 0x80.
    var isASCII: Bool { nonASCIIBytes == 0 }

    /// True when the sample is valid UTF-8 with at least one multibyte sequence.
    var isMultibyteUTF8: Bool { utf8.errors == 0 && utf8.characters > 0 }

    /// The counts of one candidate.
    func counts(_ encoding: TextEncoding) -> CandidateCounts {
        switch encoding {
        case .gb18030: gb18030
        case .big5: big5
        default: utf8
        }
    }

    /// `GB frequent characters 71%, Big5 4%, UTF-8 0%`.
    var summary: String {
        "GB frequent characters \(gb18030.percent)%, Big5 \(big5.percent)%, UTF-8 \(utf8.percent)%"
    }
}
