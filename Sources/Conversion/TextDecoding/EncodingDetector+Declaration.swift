extension EncodingDetector {
    /// A declaration wins unless the bytes contradict it.
    static func decide(declared: DeclaredEncoding, _ statistics: EncodingStatistics) -> EncodingDecision {
        let named = "\(declared.source)=\(declared.label)"
        let declaredEncoding = declared.encoding == .utf16LE || declared.encoding == .utf16BE ? TextEncoding.utf8 : declared.encoding
        var notes: [String] = []
        if declaredEncoding != declared.encoding {
            // WHATWG (HTML): a UTF-16 label in the document itself means UTF-8 when there is no BOM.
            notes.append("\(named) without a BOM is read as UTF-8 (WHATWG)")
        }
        if declaredEncoding != .utf8, statistics.isMultibyteUTF8 {
            return contradicted(declared, by: .utf8, because: "valid UTF-8", confidence: 0.95, notes: notes)
        }
        if declaredEncoding == .utf8, statistics.utf8.errors > 0 {
            let guess = decide(statistics)
            let legacy = statistics.counts(guess.encoding)
            // A stray bad byte in a legacy file must not keep it UTF-8: allow 1% errors.
            if guess.encoding != .utf8, guess.confidence > lowConfidence, legacy.errors * 100 <= legacy.characters {
                let validity = legacy.errors == 0 ? "valid" : "mostly valid"
                let reason = "invalid UTF-8, \(validity) \(guess.encoding.rawValue) (\(statistics.summary))"
                return contradicted(declared, by: guess.encoding, because: reason, confidence: max(0.5, guess.confidence), notes: notes)
            }
            notes.append("\(statistics.utf8.errors) invalid UTF-8 sequence(s) despite \(named)")
        }
        let counts = statistics.counts(declaredEncoding)
        var confidence = counts.errors == 0 ? 0.9 : 0.7
        var warnings: [String] = []
        if declaredEncoding != .utf8, !statistics.isASCII {
            let guess = decide(statistics)
            if guess.encoding != declaredEncoding, guess.confidence >= 0.6 {
                // Invalid as declared and valid, with its statistics, as another legacy encoding:
                // the label is wrong (a GBK page labelled big5), as a UTF-8 label is above.
                if counts.errors > 0, statistics.counts(guess.encoding).errors == 0 {
                    let reason = "invalid \(declaredEncoding.rawValue), valid \(guess.encoding.rawValue) (\(statistics.summary))"
                    return contradicted(declared, by: guess.encoding, because: reason, confidence: max(0.5, guess.confidence), notes: notes)
                }
                // UTF-8 with a stray bad byte (a value a CMS cut mid-character) under a legacy
                // label: 1% errors allowed, as for a legacy file under a UTF-8 label above. Legacy
                // bytes read as UTF-8 are errors nearly throughout, so they never pass.
                let utf8 = statistics.utf8
                if guess.encoding == .utf8, utf8.errors * 100 <= utf8.characters {
                    let reason = "mostly valid UTF-8 (\(utf8.errors) invalid sequence\(utf8.errors == 1 ? "" : "s"); \(statistics.summary))"
                    return contradicted(declared, by: .utf8, because: reason, confidence: max(0.5, guess.confidence), notes: notes)
                }
                // Valid as declared (Big5 bytes are also valid GB18030): the declaration stands,
                // as WHATWG has it, but the text is likely misread, so the reader warns.
                confidence = 0.5
                warnings.append("\(named) kept, but the bytes look like \(guess.encoding.rawValue) (\(statistics.summary)): the text may be misread")
            }
        }
        var decision = EncodingDecision(
            encoding: declaredEncoding, confidence: confidence, evidence: "declaration (\(named))", notes: notes)
        decision.warnings = warnings
        return decision
    }

    private static func contradicted(
        _ declared: DeclaredEncoding, by encoding: TextEncoding, because reason: String, confidence: Double, notes: [String]
    ) -> EncodingDecision {
        let evidence = "bytes contradict declaration \(declared.label): \(reason)"
        return EncodingDecision(
            encoding: encoding, confidence: confidence, evidence: evidence,
            notes: notes + ["\(declared.source)=\(declared.label) ignored: \(reason); read as \(encoding.rawValue)"])
    }
}
