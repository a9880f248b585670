import ReportStructure

/// The text of elements a `LineCollector` left out as page chrome or as link blocks, for the
/// record: chrome names and link density are hints, and what such a block holds must not vanish
/// when it is not template.
///
/// Inside the article every skipped block is kept (set aside by `PageRemainder`); outside it, only
/// a block whose own words (its text outside links) read as report content: a numbered heading,
/// an attachment line, a paragraph of `ReportContent.denseParagraph` CJK characters or a table of
/// labels and numbers. A lone date or number is not enough: every news list has them.
struct SkippedBlocks {
    let tree: PageTree
    let stats: TextStats

    /// The lines and tables of `nodes` (each with its subtree, minus `taken` nodes), all of them or
    /// (`reportOnly`) those of the blocks that read as report content.
    func items(of nodes: [Int], reportOnly: Bool, taken: [Bool]? = nil) -> [SourceItem] {
        var result: [SourceItem] = []
        for node in nodes {
            if reportOnly, !readsAsReport(node, taken: taken) { continue }
            var collector = LineCollector(tree: tree, stats: stats, respectChrome: false)
            collector.skipLinkBlocks = false
            collector.taken = taken
            collector.collect(node)
            result += collector.items
        }
        return result
    }

    /// True when the block's text outside links holds a numbered heading, an attachment line or
    /// a dense paragraph.
    func readsAsReport(_ node: Int, taken: [Bool]?) -> Bool {
        guard stats.cjk[node] > 0 else { return false }
        // A quick screen over the nodes before the block is read into lines: a dense paragraph
        // needs a block whose own text outside links has 30 CJK characters; a heading or a table
        // of numbers needs a text node outside links that starts with a numeral, a digit or a
        // bracket (every line starts with a text node); an attachment line needs 附.
        let candidate = (node..<tree.subtreeEnd(of: node)).contains { index in
            guard taken?[index] != true else { return false }
            if tree.roles[index] == .text {
                return !tree.inLink[index] && !tree.excluded[index] && Self.mayStartReportLine(tree.texts[index])
            }
            return stats.ownCJK[index] >= ReportContent.denseParagraph
        }
        guard candidate else { return false }
        var words = LineCollector(tree: tree, stats: stats, respectChrome: false)
        words.skipLinkBlocks = false
        words.omitLinkText = true
        words.taken = taken
        words.collect(node)
        guard ReportContent.mayHoldOwnWords(words.items) else { return false }
        if words.items.contains(where: isStatisticsTable) { return true }
        return ReportContent.evidence(in: words.items).contains { $0.isOwnWords(prose: true) }
    }

    /// True when a text node starts (after blanks) with a character a heading or a number starts
    /// with, or holds 附.
    static func mayStartReportLine(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        let isBlank: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 || $0 == "\u{A0}" || $0 == "\u{3000}" }
        if let first = scalars.first(where: { !isBlank($0) }), ReportContent.mayStartHeading(first) { return true }
        return scalars.contains("附")
    }

    /// Fewest rows of a statistics table that pair a label with a number.
    static let statisticsRows = 2

    /// A table of labels and numbers outside links (`规章 | 5 | 6`): `statisticsRows` rows each
    /// with a cell of Chinese text without digits and a cell with digits. A news list's dates
    /// stand beside link titles, which are not read here.
    private func isStatisticsTable(_ item: SourceItem) -> Bool {
        guard case .table(let table) = item else { return false }
        let rows = table.rows.count { row in
            row.contains { CJK.counts($0.text).cjk > 0 && !ReportContent.hasDigit($0.text) }
                && row.contains { ReportContent.hasDigit($0.text) }
        }
        return rows >= Self.statisticsRows
    }
}
