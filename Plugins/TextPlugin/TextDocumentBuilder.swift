import Conversion
import DocumentModel
import ReportStructure

/// What every text reader does once it knows the encoding: decode, split lines, structure, record provenance.
enum TextDocumentBuilder {
    static func read(
        _ input: ReaderInput, encoding: TextEncoding, decision: EncodingDecision,
        reader: ReaderIdentity, options: ReadOptions
    ) throws(GazetteError) -> Document {
        let skip = decision.encoding == encoding ? decision.bomLength : ByteOrderMark.length(of: encoding, in: input.bytes[...])
        let decoded = encoding.decode(input.bytes[skip...])
        if options.strict, let first = decoded.problems.first {
            throw GazetteError(.invalidEncoding, first.message, file: input.name.description, byteOffset: first.byteOffset)
        }
        // A DOS end-of-file mark (0x1A, Ctrl-Z) ending an old file is not text: set aside, not a paragraph.
        let (unified, radicals) = KangxiRadicals.unify(decoded.text)
        var text = unified
        var endMark: SetAsideLine?
        let tail = text.unicodeScalars.reversed().prefix { $0 == "\u{1A}" || $0 == "\n" || $0 == "\r" }
        let marks = tail.count { $0 == "\u{1A}" }
        if marks > 0 {
            endMark = SetAsideLine(String(repeating: "\u{1A}", count: marks), reason: "DOS end-of-file mark (0x1A)")
            text.unicodeScalars.removeLast(tail.count)
        }
        var report = ReportStructurer().structure(text: text)
        if let endMark { report.setAside.append(endMark) }
        let sameEncoding = decision.encoding == encoding
        var provenance = input.provenance(
            reader: reader, format: .text, encoding: encoding.rawValue,
            confidence: sameEncoding ? decision.confidence : 0.1,
            evidence: sameEncoding ? decision.evidence : "forced (\(decision.evidence) suggested \(decision.encoding.rawValue))")
        provenance.setAside = report.setAside
        provenance.metadataLines = report.metadataLines
        provenance.diagnostics = decision.notes.map { Diagnostic(.info, $0) } + decision.warnings.map { Diagnostic(.warning, $0) }
            + decoded.problemDiagnostics
            + KangxiRadicals.diagnostics(count: radicals)
            + report.diagnostics
        if let empty = emptiness(byteCount: input.bytes.count, report) { provenance.diagnostics.append(Diagnostic(.warning, empty)) }
        return Document(metadata: report.metadata, blocks: report.blocks, provenance: provenance)
    }

    /// Why a document has no body, when it has none: a failed download is often a file of 0 bytes.
    private static func emptiness(byteCount: Int, _ report: StructuredReport) -> String? {
        guard report.blocks.isEmpty else { return nil }
        if byteCount == 0 { return "the file is empty (0 bytes); the document is empty" }
        if report.setAside.isEmpty, report.metadataLines.isEmpty { return "the file holds only white space; the document is empty" }
        return "no body text: every line was set aside or read as metadata"
    }

    /// A sniff answer for a reader that decodes `family`, from the shared encoding detector.
    static func sniff(_ sample: InputSample, family: Set<TextEncoding>, name: String) -> SniffResult {
        if BinarySignature.reason(sample.bytes) != nil { return .no(.text, "binary") }
        let decision = sample.encodingDecision
        guard family.contains(decision.encoding) else {
            return .no(.text, "")  // another text reader's family: it will explain itself
        }
        if decision.confidence == 0 {
            return .no(.text, decision.notes.first ?? "does not look like text in \(decision.encoding.rawValue): \(decision.evidence)")
        }
        // Markup is better read by a markup reader; stay in the race at low confidence.
        let confidence = MarkupHint.looksLikeMarkup(sample.bytes) ? min(decision.confidence, 0.3) : decision.confidence
        return SniffResult(format: .text, confidence: Confidence(confidence), reason: "\(decision.encoding.rawValue), \(decision.evidence)")
    }
}
