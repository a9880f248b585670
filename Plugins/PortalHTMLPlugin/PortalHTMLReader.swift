import Conversion
import DocumentModel
import ReportStructure

/// Reads a saved government-portal HTML page in any charset: the article body without the portal
/// around it, its data tables, and the metadata the page states, through libxml2's HTML parser.
public struct PortalHTMLReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    public var identity: ReaderIdentity { ReaderIdentity(name: "PortalHTMLReader", version: "1.0.0") }
    public var formats: [Format] { [.portalHTML] }
    public var fileExtensions: [String] { ["html", "htm", "shtml", "xhtml", "asp", "aspx", "jsp", "php"] }
    public var summary: String { "saved portal HTML pages in any charset: article body, tables, metadata (libxml2)" }

    public func sniff(_ sample: InputSample) -> SniffResult {
        MarkupSniffer.sniff(sample)
    }

    public func read(_ input: ReaderInput, options: ReadOptions) throws(GazetteError) -> Document {
        let page = try extract(input, options: options)
        let report = ReportStructurer().structure(page.items, hints: page.hints)
        var provenance = input.provenance(
            reader: identity, format: .portalHTML, encoding: page.decision.encoding.rawValue,
            confidence: page.decision.confidence, evidence: page.decision.evidence)
        provenance.setAside = report.setAside + page.setAside
        provenance.metadataLines = report.metadataLines
        provenance.diagnostics = page.diagnostics + report.diagnostics
        if report.blocks.isEmpty, !report.metadataLines.isEmpty {
            // A page that only describes its report (a metadata grid above a link to the file).
            provenance.diagnostics.append(Diagnostic(.warning, "no report text in the page's body, only its metadata (\(report.metadataLines.count) line(s)); the report may be an attached file or drawn by scripts; the document's body is empty"))
        } else if report.blocks.isEmpty {
            // A frameset, a redirect or a page drawn by scripts converts to nothing: say so.
            provenance.diagnostics.append(Diagnostic(.warning, "no text found in the page's body (a frameset, a redirect or a page drawn by scripts?); the document is empty"))
        }
        return Document(metadata: report.metadata, blocks: report.blocks, provenance: provenance)
    }

    /// What the page gives the structure pass: its lines and tables in reading order, the metadata
    /// it states outside its text, and how it was decoded and where its body was found.
    struct ExtractedPage {
        var items: [SourceItem]
        var hints: Metadata
        /// Lines of the page outside the body and its frame (`PageRemainder`), already set aside.
        var setAside: [SetAsideLine]
        var decision: EncodingDecision
        var diagnostics: [Diagnostic]
    }

    func extract(_ input: ReaderInput, options: ReadOptions) throws(GazetteError) -> ExtractedPage {
        let page = try PageDecoder.decode(input, strict: options.strict)
        let parsed = try ParsedHTML(utf8: CharacterReferences.rewritten(page.text), file: input.name.description)
        let frames = SrcdocFrames.inline(into: parsed)
        var tree = PageTree(parsed)
        let stats = TextStats(tree)
        var notes: [Diagnostic] = []
        if frames > 0 {
            notes.append(Diagnostic(.info, "read the HTML of \(frames) <iframe srcdoc> frame(s) where the page shows it"))
        }
        if let lifted = ContentSelector(tree: tree, stats: stats).chromeHidingReport() {
            for node in lifted.nodes { tree.chrome[node] = false }
            notes.append(Diagnostic(.info, lifted.note))
        }
        let selection = ContentSelector(tree: tree, stats: stats).select()
        let parts = ReportContinuation(tree: tree, stats: stats, respectChrome: selection.respectChrome).parts(for: selection)
        let surroundings = selection.wholePage
            ? (before: [], after: [], pairs: [])
            : ArticleSurroundings(tree: tree, stats: stats, respectChrome: selection.respectChrome).lines(around: parts)
        var body = LineCollector(tree: tree, stats: stats, respectChrome: selection.respectChrome)
        body.skipLinkBlocks = !selection.wholePage
        body.keepReportLinks = true
        for part in parts { part.collect(into: &body) }
        let unshown = UnshownText(tree: tree, stats: stats, respectChrome: selection.respectChrome).record()
        let remainder = selection.wholePage
            ? PageRemainder.Record()
            : PageRemainder(tree: tree, stats: stats, respectChrome: selection.respectChrome)
                .record(
                    body: body.items, bodySkipped: body.skipped, parts: parts, frame: surroundings.before + surroundings.after,
                    main: selection.main, unshownTemplate: unshown.templateCharacters)
        var summary = selection.summary
        if parts.count > selection.roots.count {
            summary += ", with \(parts.count - selection.roots.count) block(s) of report content around it"
        }
        var hints = PageMetadata.read(tree)
        MetadataLabels.fill(&hints, from: surroundings.pairs + body.metadataPairs)
        return ExtractedPage(
            items: surroundings.before + body.items + surroundings.after, hints: hints, setAside: remainder.setAside + unshown.setAside,
            decision: page.decision,
            diagnostics: page.diagnostics + notes + [Diagnostic(.info, summary)] + body.notes.map { Diagnostic(.info, $0) }
                + remainder.diagnostics)
    }
}
