import ReportStructure

/// The lines right around the article body that belong to the article's frame: its title heading,
/// the 发布日期 / 来源 / 点击数 line and metadata grid above it, the breadcrumb, and 打印 / 关闭 below.
/// They go to the structure pass with the body, which takes them as metadata or sets them aside.
struct ArticleSurroundings {
    let tree: PageTree
    let stats: TextStats
    let respectChrome: Bool

    /// How many levels above the body the frame is looked for.
    static let levels = 3
    /// Longest line taken from the frame; longer ones are other content.
    static let longestLine = 120
    /// How many short lines right above the body are its frame, besides a metadata grid's.
    static let prefaceLines = 8
    /// How many lines below the body the trailer is looked for.
    static let trailerReach = 12
    /// Words that mark a frame line below the body.
    static let trailerMarkers = ["打印", "关闭", "责任编辑", "编辑：", "来源", "点击", "浏览次数", "浏览量", "阅读次数", "访问次数", "【"]
    /// Words a breadcrumb starts with.
    static let breadcrumbMarkers = ["当前位置", "您的位置", "您当前的位置", "您现在的位置", "现在的位置", "所在位置", "当前的位置"]

    /// Frame lines before the body (breadcrumb first) and after it, plus metadata-grid pairs.
    func lines(around parts: [BodyPart]) -> (before: [SourceItem], after: [SourceItem], pairs: [(label: String, value: String)]) {
        let first = parts[0].from, end = parts[parts.count - 1].stop
        var frame = first
        for _ in 0..<Self.levels where tree.parents[frame] > 0 && tree.tags[Int(tree.parents[frame])] != "body" {
            frame = Int(tree.parents[frame])
        }
        var before = LineCollector(tree: tree, stats: stats, respectChrome: respectChrome)
        before.skipMenuColumnsBefore = first
        before.collect(frame, stop: first)
        var after = LineCollector(tree: tree, stats: stats, respectChrome: respectChrome)
        // Link-only boxes below the article (related news, tag clouds such as 163's 聚合阅读) are not
        // its frame, except the 打印 / 关闭 bar.
        after.keepActionLinks = true
        after.collect(frame, from: end)
        // The last short lines above the body, and every line of a metadata grid among them
        // however many lines it has (a grid of ten fields above a title and a print bar).
        let short = before.items.indices.filter { isShortLine(before.items[$0]) }
        let window = Set(short.suffix(Self.prefaceLines)).union(before.gridItems)
        var preface = short.filter(window.contains).map { before.items[$0] }
        var pairs = before.metadataPairs
        if pairs.isEmpty, let grid = metadataGrid(before: frame) {
            pairs = grid.pairs
            preface.insert(contentsOf: grid.lines, at: 0)
        }
        if let crumb = breadcrumb(before: first), !preface.contains(.line(crumb)) { preface.insert(.line(crumb), at: 0) }
        // Only the lines right below the article can be its frame; further down is other content.
        let trailer = after.items.prefix(Self.trailerReach).filter { item in
            guard isShortLine(item), case .line(let text) = item else { return false }
            return Self.trailerMarkers.contains { UTF8Search.contains(text, $0) }
        }
        return (preface, Array(trailer.prefix(5)), pairs)
    }

    func isShortLine(_ item: SourceItem) -> Bool {
        if case .line(let text) = item { return text.count <= Self.longestLine }
        return false
    }

    /// The last breadcrumb line before the body, anywhere on the page (it usually sits in the chrome).
    private func breadcrumb(before body: Int) -> String? {
        for index in stride(from: body - 1, through: 1, by: -1) where tree.roles[index] == .text && !tree.excluded[index] {
            let text = tree.texts[index]
            guard UTF8Search.contains(text, "位置") else { continue }
            let trimmed = text.trimmingCharacters(in: " \t\n\r\u{3000}\u{A0}")
            guard Self.breadcrumbMarkers.contains(where: { trimmed.hasPrefix($0) }) else { continue }
            var owner = Int(tree.parents[index])
            while owner > 0, !tree.roles[owner].isBlockLike { owner = Int(tree.parents[owner]) }
            var buffer = LineBuffer()
            for node in owner..<tree.subtreeEnd(of: owner) where tree.roles[node] == .text && !tree.excluded[node] {
                buffer.append(tree.texts[node])
            }
            return buffer.flush().map { String($0.prefix(200)) }
        }
        return nil
    }
}
