import ReportStructure

extension ArticleSurroundings {
    /// Most visible characters of a block taken as a metadata grid outside the frame.
    static let largestGrid: Int32 = 1000

    /// The last metadata grid (索引号 / 发布机构…) before `node` outside the frame, when there is one:
    /// a `<table>`, or a block of short lines at least half of which are `label：value` with a
    /// known label, written as label and value elements (`LabeledValue`) or as text
    /// (`<p>文&emsp;&emsp;号：…</p>`). Its pairs fill the metadata; its lines join the frame.
    func metadataGrid(before node: Int) -> (pairs: [(label: String, value: String)], lines: [SourceItem])? {
        let reader = TableReader(tree: tree, stats: stats)
        let labels = LabeledValue(tree: tree, stats: stats)
        var index = node - 1
        while index >= 1 {
            defer { index -= 1 }
            guard !tree.excluded[index] else { continue }
            if tree.roles[index] == .table {
                if case .metadata(let pairs) = reader.classify(index) { return (pairs, pairs.map { .line(MetadataLabels.line(of: $0)) }) }
                continue
            }
            guard startsField(index, labels) else { continue }
            let grid = gridBlock(around: index, before: node)
            var collector = LineCollector(tree: tree, stats: stats, respectChrome: respectChrome)
            collector.collect(grid)
            if let pairs = gridPairs(collector.items) { return (pairs, collector.items) }
            // Every field inside this block gives the same block or a part of it.
            index = grid
        }
        return nil
    }

    /// True when a known label's field starts at `index`: a label element or a text `label：…`.
    private func startsField(_ index: Int, _ labels: LabeledValue) -> Bool {
        if tree.roles[index] == .text {
            let text = tree.texts[index]
            return text.utf8.count <= 3 * Self.longestLine && MetadataLabels.splitInline(text) != nil
        }
        guard let pair = labels.pair(at: index) else { return false }
        return MetadataLabels.fields[pair.label] != nil
    }

    /// The known pairs of a block's lines when they make a grid: all short lines, at least two
    /// and at least half of them `label：value` with a known label.
    private func gridPairs(_ items: [SourceItem]) -> [(label: String, value: String)]? {
        var pairs: [(label: String, value: String)] = []
        for item in items {
            guard case .line(let text) = item, isShortLine(item) else { return nil }
            if let pair = MetadataLabels.splitInline(text) { pairs.append(pair) }
        }
        return pairs.count >= 2 && 2 * pairs.count >= items.count ? pairs : nil
    }

    /// The largest block holding `index` that ends before `node`, below `<body>`, of grid size.
    private func gridBlock(around index: Int, before node: Int) -> Int {
        var grid = index
        while true {
            let parent = Int(tree.parents[grid])
            guard parent > 0, tree.tags[parent] != "body", tree.subtreeEnd(of: parent) <= node,
                  stats.visible[parent] + stats.linkVisible[parent] <= Self.largestGrid else { return grid }
            grid = parent
        }
    }
}
