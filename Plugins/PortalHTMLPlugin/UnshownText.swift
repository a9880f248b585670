import DocumentModel
import ReportStructure

/// The text of the page's `<body>` that a browser does not show: hidden elements, the options and
/// labels of form controls, the fallback text of embedded objects, frames and media, and text
/// drawn in SVG or MathML. It is neither read into the body nor dropped: each such element's lines
/// are set aside with the reason of its kind (`UnshownKind`), except inside page chrome, where
/// they are template (a site-switcher `<select>` in the footer) and only counted.
struct UnshownText {
    let tree: PageTree
    let stats: TextStats
    let respectChrome: Bool

    /// What the unshown text adds to the document's provenance.
    struct Record {
        var setAside: [SetAsideLine] = []
        /// Visible characters of unshown text inside chrome, counted as template.
        var templateCharacters = 0
    }

    /// Sets aside the unshown text of the body, outermost elements in document order.
    func record() -> Record {
        var record = Record()
        guard !tree.unshown.isEmpty else { return record }
        // A frameset page has no body of its own (libxml2 puts one inside <noframes>): the whole
        // document is looked through.
        var body = tree.first("body") ?? 0
        if tree.excluded[body] { body = 0 }
        let range = body..<tree.subtreeEnd(of: body)
        let outermost = tree.unshown.keys.map(Int.init).filter { range.contains($0) && !tree.excluded[$0] }.sorted()
        guard !outermost.isEmpty else { return record }
        let inChrome = chromeMarks()
        for node in outermost {
            var collector = LineCollector(tree: tree, stats: stats, respectChrome: false)
            collector.skipLinkBlocks = false
            collector.readUnshown = true
            collector.collect(node)
            if inChrome[node] {
                record.templateCharacters += collector.items.reduce(0) { total, item in
                    guard case .line(let text) = item else { return total }
                    return total + CJK.counts(text).visible
                }
                continue
            }
            let reason = tree.unshown[Int32(node)]?.reason ?? UnshownKind.hidden.reason
            PageRemainder.setAside(collector.items, reason: reason, into: &record.setAside)
        }
        return record
    }

    /// True for nodes inside (or being) page chrome, when chrome is respected.
    private func chromeMarks() -> [Bool] {
        var marks = [Bool](repeating: false, count: tree.count)
        guard respectChrome else { return marks }
        for index in 1..<max(tree.count, 1) {
            marks[index] = marks[Int(tree.parents[index])] || (tree.roles[index] != .text && TemplateHints.isChrome(tree, index))
        }
        return marks
    }
}
