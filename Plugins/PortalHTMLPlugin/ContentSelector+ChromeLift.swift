import ReportStructure

extension ContentSelector {
    /// How many times the density score of the best element outside chrome the report hidden in
    /// chrome must reach before the names are overruled.
    static let liftRatio = 2.0

    /// The chrome-marked elements that hide the page's report, and a note saying so; nil when the
    /// chrome marks hide nothing.
    ///
    /// Chrome names are hints: a wrapper called `side`, `related` or `breadcrumb-wrap` sometimes
    /// holds the whole article, and respecting the name would make the footer the body. When the
    /// densest text of the page, chrome or not, sits inside chrome-marked elements, scores at
    /// least `liftRatio` times the best element outside chrome (scores count text outside chrome
    /// only, so a wrapper around both is no rival), and reads as report content (`ReportContent`:
    /// numbered headings, long paragraphs, data tables), the marks of that element and its
    /// ancestors are lifted. Chrome inside the report stays chrome.
    func chromeHidingReport() -> (nodes: [Int], note: String)? {
        guard let ignored = best(respectChrome: false) else { return nil }
        var marked: [Int] = []
        var node = ignored.main
        while node > 0 {
            if TemplateHints.isChrome(tree, node) { marked.append(node) }
            node = Int(tree.parents[node])
        }
        guard !marked.isEmpty, let respected = best(respectChrome: true), ignored.score >= Self.liftRatio * respected.score else {
            return nil
        }
        var collector = LineCollector(tree: tree, stats: stats, respectChrome: true)
        for root in ignored.roots { collector.collect(root) }
        guard ReportContent.isReport(collector.items) else { return nil }
        let names = marked.reversed().map { tree.label(of: $0) }.joined(separator: ", ")
        let hidden = ignored.roots.reduce(Int32(0)) { $0 + stats.cjk[$1] }
        let note = "chrome names ignored for \(names): they hold the page's report (\(hidden) CJK chars; "
            + "the best element outside them, \(tree.label(of: respected.main)), scores under half as much)"
        return (marked, note)
    }
}
