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
        var words = LineCollector(tree: tree, stats: stats, respectChrome: false)
        words.skipLinkBlocks = false
        words.omitLinkText = true
        words.taken = taken
        words.collect(node)
        if words.items.contains(where: isStatisticsTable) { return true }
        return ReportContent.evidence(in: words.items).contains { $0.isOwnWords(prose: true) }
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
