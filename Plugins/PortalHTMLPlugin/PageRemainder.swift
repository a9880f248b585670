import DocumentModel
import ReportStructure

/// The text of the page's `<body>` that went neither into the report's body nor into the frame
/// lines around it (`ArticleSurroundings`): what is left of the portal, and any report content
/// the body search did not reach (`ReportContinuation`).
///
/// None of it vanishes: every remaining line is set aside with the reason `outside the main
/// content`, a table as one line per row (cells separated by tabs), and when any of it looks like report content (a table
/// with numbers, a numbered heading, an attachment line, a long paragraph) a warning names it, so
/// a reader of the JSON knows the body may be incomplete. Elements that are chrome by tag or name
/// (`TemplateHints`: nav, footer, menus, share bars…) and blocks that are mostly links (menus,
/// related-article lists, tag clouds) are not copied line by line; an info diagnostic gives their
/// size. That keeps hundreds of navigation links out of every document while every other word of
/// the page stays on record; the original bytes (kept in a bundle) hold the template too.
struct PageRemainder {
    let tree: PageTree
    let stats: TextStats
    let respectChrome: Bool

    /// The reason every remaining line is set aside with.
    static let reason = "outside the main content"
    /// The reason for the lines of link blocks and chrome inside the article.
    static let insideReason = "link block or chrome inside the main content"
    /// How many pieces of left-out report content a warning names.
    static let named = 3

    /// What the remainder adds to the document's provenance.
    struct Record {
        var setAside: [SetAsideLine] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Sets aside what the `body` (read from `parts`, leaving out the `bodySkipped` blocks) and
    /// the `frame` lines left of the page's `<body>`; `main` names the chosen container in the warning,
    /// `unshownTemplate` counts the hidden and form-control text found inside chrome (`UnshownText`).
    func record(
        body: [SourceItem], bodySkipped: [Int], parts: [BodyPart], frame: [SourceItem], main: Int, unshownTemplate: Int = 0
    ) -> Record {
        let rest = items(outside: parts, frame: frame)
        let inside = SkippedBlocks(tree: tree, stats: stats).items(of: bodySkipped, reportOnly: false)
        var record = Record()
        Self.setAside(inside, reason: Self.insideReason, into: &record.setAside)
        Self.setAside(rest, reason: Self.reason, into: &record.setAside)
        // Report text skipped inside the article (a numbered section in a chrome-named box) is
        // warned about as well as report text outside it.
        let insideReport = SkippedBlocks(tree: tree, stats: stats).items(of: bodySkipped, reportOnly: true)
        let outsideEvidence = ReportContent.evidence(in: rest, limit: Self.named + 1)
        let insideEvidence = ReportContent.evidence(in: insideReport, limit: Self.named + 1)
        let evidence = outsideEvidence + insideEvidence
        if !evidence.isEmpty {
            let reasons = (outsideEvidence.isEmpty ? [] : [Self.reason]) + (insideEvidence.isEmpty ? [] : [Self.insideReason])
            var message = "text that looks like report content was left out of the body (kept in setAside, "
            message += "reason\(reasons.count > 1 ? "s" : "") " + reasons.map { "“\($0)”" }.joined(separator: " and ") + "): "
            message += evidence.prefix(Self.named).map(\.description).joined(separator: ", ")
            if evidence.count > Self.named { message += " and more" }
            message += "; the main content is \(tree.label(of: main))"
            record.diagnostics.append(Diagnostic(.warning, message))
        }
        // Every character of the page's text is counted once in `stats`; what no line holds was
        // in a chrome element or a link block.
        let page = tree.first("body") ?? 0
        let total = Int(stats.visible[page] + stats.linkVisible[page]) + unshownTemplate
        let copied = (body + frame + rest + inside).reduce(0) { $0 + visibleCharacters($1) }
        if total > copied {
            record.diagnostics.append(Diagnostic(.info, "page template not copied: about \(total - copied) visible characters in navigation, link lists and elements named as chrome"))
        }
        return record
    }

    /// Each line as set-aside text; a table as one line per row.
    static func setAside(_ items: [SourceItem], reason: String, into lines: inout [SetAsideLine]) {
        for item in items {
            switch item {
            case .line(let text):
                lines.append(SetAsideLine(text, reason: reason))
            case .table(let table):
                for row in table.rows where row.contains(where: { !$0.text.isEmpty }) {
                    // Tab-separated: cell text never holds a tab (white space runs become one space).
                    lines.append(SetAsideLine(row.map(\.text).joined(separator: "\t"), reason: reason))
                }
            }
        }
    }

    /// The remaining lines and tables in reading order, without the body's parts and without the
    /// frame lines already handed to the structure pass. Chrome-named elements and link blocks
    /// are not read, as in the body, unless their own words read as report content
    /// (`SkippedBlocks`): those follow the rest.
    func items(outside parts: [BodyPart], frame: [SourceItem]) -> [SourceItem] {
        var taken = [Bool](repeating: false, count: tree.count)
        for part in parts {
            for node in part.from..<part.stop { taken[node] = true }
        }
        var collector = LineCollector(tree: tree, stats: stats, respectChrome: respectChrome)
        collector.taken = taken
        collector.collect(tree.first("body") ?? 0)
        var items = collector.items
        items += SkippedBlocks(tree: tree, stats: stats).items(of: collector.skipped, reportOnly: true, taken: taken)
        // The frame lines were read from this same text: each is removed once.
        for line in frame {
            if let index = items.firstIndex(of: line) { items.remove(at: index) }
        }
        return items
    }

    private func visibleCharacters(_ item: SourceItem) -> Int {
        switch item {
        case .line(let text): CJK.counts(text).visible
        case .table(let table): table.rows.reduce(0) { $0 + $1.reduce(0) { $0 + CJK.counts($1.text).visible } }
        }
    }
}
