/// Decides the encoding of bytes: a BOM first (certain), then a declaration unless the bytes
/// contradict it, then statistics over at most the first 64 KiB.
public enum EncodingDetector {
    /// How many leading bytes the statistics look at, so big files are decided fast.
    public static let sampleLength = 64 * 1024

    /// Detects the encoding of `bytes` (a sample or the whole input); `declared` is what the
    /// document says about itself (HTML meta, XML declaration), if anything. Pass
    /// `endsInput: false` for a sample cut from a longer input (`InputSample.isComplete`), so that
    /// a character cut by the sample's end is not counted as an error.
    public static func detect(
        _ bytes: ArraySlice<UInt8>, declared: DeclaredEncoding? = nil, endsInput: Bool = true
    ) -> EncodingDecision {
        if let bom = ByteOrderMark.detect(bytes) {
            var decision = EncodingDecision(encoding: bom.encoding, confidence: 1, evidence: "BOM", bomLength: bom.length)
            if let declared, declared.encoding != bom.encoding {
                decision.notes.append("BOM (\(bom.encoding.rawValue)) overrides \(declared.source)=\(declared.label)")
            }
            return decision
        }
        // A long ASCII preamble (markup, headers) says nothing: sample from the first non-ASCII byte.
        let firstNonASCII = bytes.firstIndex { $0 >= 0x80 } ?? bytes.startIndex
        let start = bytes.distance(from: bytes.startIndex, to: firstNonASCII) < sampleLength ? bytes.startIndex : firstNonASCII
        let sample = bytes[start...].prefix(sampleLength)
        let statistics = EncodingStatistics(sample, isComplete: endsInput && sample.endIndex == bytes.endIndex)
        if let declared {
            return decide(declared: declared, statistics)
        }
        return decide(statistics)
    }

    /// Statistics alone.
    static func decide(_ statistics: EncodingStatistics) -> EncodingDecision {
        if statistics.isASCII {
            return EncodingDecision(encoding: .utf8, confidence: 0.95, evidence: "statistics (ASCII only)")
        }
        if statistics.isMultibyteUTF8 {
            let sequences = statistics.utf8.characters
            return EncodingDecision(
                encoding: .utf8, confidence: min(0.99, 0.75 + 0.03 * Double(sequences)),
                evidence: "statistics (valid UTF-8, \(sequences) multibyte sequence\(sequences == 1 ? "" : "s"))")
        }
        // Ties (text with no Chinese at all) go to fewer errors, then to GB, this tool's main case.
        let ranked = [TextEncoding.gb18030, .big5, .utf8].enumerated().sorted { a, b in
            let x = statistics.counts(a.element), y = statistics.counts(b.element)
            if x.frequentShare != y.frequentShare { return x.frequentShare > y.frequentShare }
            if x.errors != y.errors { return x.errors < y.errors }
            return a.offset < b.offset
        }.map(\.element)
        let best = ranked[0]
        var decision = EncodingDecision(
            encoding: best, confidence: confidence(statistics, best: best, runnerUp: ranked[1]),
            evidence: "statistics (\(statistics.summary))")
        if decision.confidence <= lowConfidence {
            decision.notes.append(
                "the bytes do not look like \(family(best)) text (or any encoding Gazette knows): "
                    + "few common Chinese characters in any reading (\(statistics.summary))")
        } else if best == .utf8 {
            let errors = statistics.utf8.errors
            decision.notes.append("mostly UTF-8, with \(errors) invalid UTF-8 sequence\(errors == 1 ? "" : "s")")
        }
        return decision
    }

    /// A confidence at or below this means "not recognized".
    static let lowConfidence = 0.3

    /// How sure the statistics are: the winner must look like Chinese text, clearly better than
    /// the runner-up, over enough characters to mean something.
    static func confidence(_ statistics: EncodingStatistics, best: TextEncoding, runnerUp: TextEncoding) -> Double {
        let winner = statistics.counts(best), second = statistics.counts(runnerUp)
        let share = winner.frequentShare
        // Real text in the right encoding scores 0.7-0.96 on the corpus; mojibake 0.02-0.1, and
        // EUC-TW read as GB 0.3 (their punctuation rows overlap).
        let looksLikeText = min(1, max(0, (share - 0.32) / 0.33))
        let margin = share == 0 ? 0 : min(1, max(0, 2 * (share - second.frequentShare) / share))
        let size = min(1, 0.5 + Double(winner.characters) / 100)
        return (0.99 * looksLikeText * margin * size * 100).rounded() / 100
    }

    static func family(_ encoding: TextEncoding) -> String {
        switch encoding {
        case .gb18030: "GB"
        case .big5: "Big5"
        default: "UTF-8"
        }
    }
}
