import Conversion
import DocumentModel

/// Decodes a page's bytes: BOM, then the page's own declaration (meta prescan, XML declaration)
/// unless the bytes contradict it, then statistics, through the shared ``EncodingDetector``.
enum PageDecoder {
    /// A decoded page with the decision and what was noticed on the way.
    struct Page {
        var text: String
        var decision: EncodingDecision
        var diagnostics: [Diagnostic]
    }

    static func decode(_ input: ReaderInput, strict: Bool) throws(GazetteError) -> Page {
        let bytes = input.bytes[...]
        var diagnostics: [Diagnostic] = []
        let prescan = CharsetPrescan.declaredEncoding(in: bytes)
        if let unsupported = prescan.unsupported {
            diagnostics.append(Diagnostic(.info, "declared charset \"\(unsupported.prefix(40))\" is not one Gazette decodes; detected from the bytes"))
        }
        let decision = EncodingDetector.detect(bytes, declared: prescan.declared, endsInput: input.isWhole)
        diagnostics += decision.notes.map { Diagnostic(.info, $0) } + decision.warnings.map { Diagnostic(.warning, $0) }
        let decoded = decision.encoding.decode(bytes[decision.bomLength...])
        if strict, let first = decoded.problems.first {
            throw GazetteError(.invalidEncoding, first.message, file: input.name.description, byteOffset: first.byteOffset)
        }
        diagnostics += decoded.problemDiagnostics
        let (text, radicals) = KangxiRadicals.unify(decoded.text)
        diagnostics += KangxiRadicals.diagnostics(count: radicals)
        return Page(text: text, decision: decision, diagnostics: diagnostics)
    }
}
