/// Finds the article body of a portal page by text density counted in CJK characters.
///
/// Each block scores its own Chinese text to itself, its parent and (half) its grandparent, so the
/// element that directly holds the article's paragraphs wins; link-heavy elements are discounted,
/// CMS article containers (`TRS_Editor`, `#zoom`…) get a boost, and chrome (nav, share, comments,
/// footers) takes no part. Siblings of the winner that are also article text join it; report
/// content further around it (a statistics table, a 附表 block, later sections, the signature) is
/// added by `ReportContinuation`.
struct ContentSelector {
    /// The chosen body: its top elements in document order and how they were chosen.
    struct Selection {
        /// The winning element.
        var main: Int
        /// The winner and the siblings that joined it, in document order.
        var roots: [Int]
        /// Whether chrome hints were respected (false only when they hid every candidate).
        var respectChrome: Bool
        /// No element held text outside links: the whole page is the body, links included.
        var wholePage = false
        /// One line for provenance.
        var summary: String
        /// The winner's density score (CJK text, link-discounted), to compare selections by.
        var score = 0.0
    }

    let tree: PageTree
    let stats: TextStats

    /// The boost a CMS article container gets.
    static let containerBoost = 1.3

    func select() -> Selection {
        if let chosen = best(respectChrome: true) { return chosen }
        if let chosen = best(respectChrome: false) { return chosen }
        let body = tree.first("body") ?? 0
        return Selection(
            main: body, roots: [body], respectChrome: false, wholePage: true,
            summary: "main content: no text outside links; the whole page, links included")
    }

    func best(respectChrome: Bool) -> Selection? {
        let count = tree.count
        var inChrome = [Bool](repeating: false, count: count)
        if respectChrome {
            for index in 1..<max(count, 1) {
                inChrome[index] = inChrome[Int(tree.parents[index])] || (tree.roles[index] != .text && TemplateHints.isChrome(tree, index))
            }
        }
        var score = [Double](repeating: 0, count: count)
        for index in 1..<max(count, 1) where tree.roles[index].isBlockLike && stats.ownCJK[index] > 0 {
            guard !inChrome[index], !tree.excluded[index] else { continue }
            let own = Double(stats.ownCJK[index])
            score[index] += own
            let parent = Int(tree.parents[index])
            score[parent] += own
            if parent > 0 { score[Int(tree.parents[parent])] += own / 2 }
        }
        var bestNode = -1
        var bestScore = 0.0
        var final = [Double](repeating: 0, count: count)
        for index in 1..<max(count, 1) where score[index] > 0 && !inChrome[index] {
            var value = score[index] * (1 - stats.linkDensity(index))
            if TemplateHints.isArticleContainer(tree, index) { value *= Self.containerBoost }
            final[index] = value
            if value >= bestScore {
                bestScore = value
                bestNode = index
            }
        }
        guard bestNode > 0, bestScore >= 1 else { return nil }
        let winner = bestNode
        // Climb through wrappers that add no text of their own, so the siblings looked at below are
        // those of the outermost element that holds exactly this text.
        while case let parent = Int(tree.parents[bestNode]), parent > 0, stats.cjk[parent] == stats.cjk[bestNode],
            stats.visible[parent] == stats.visible[bestNode], tree.tags[parent] != "body", !inChrome[parent]
        {
            bestNode = parent
        }
        var roots = [bestNode]
        let parent = Int(tree.parents[bestNode])
        if parent > 0 {
            roots = tree.children(of: parent).filter { sibling in
                if sibling == bestNode { return true }
                guard !inChrome[sibling], tree.roles[sibling].isBlockLike else { return false }
                let density = stats.linkDensity(sibling)
                if final[sibling] >= 0.2 * bestScore, density < 0.3 { return true }
                return tree.tags[sibling] == "p" && stats.ownCJK[sibling] >= 30 && density < 0.25
            }
        }
        let cjk = roots.reduce(0) { $0 + Int(stats.cjk[$1]) }
        var summary = "main content: \(tree.label(of: winner)), \(cjk) CJK chars, link density "
        summary += String(format2: stats.linkDensity(winner))
        if roots.count > 1 { summary += ", with \(roots.count - 1) sibling block(s)" }
        if TemplateHints.isArticleContainer(tree, winner) { summary += ", CMS container hint" }
        if !respectChrome { summary += ", chrome hints ignored (they covered every candidate)" }
        return Selection(main: bestNode, roots: roots, respectChrome: respectChrome, summary: summary, score: bestScore)
    }
}

extension String {
    /// A number with two decimals, without Foundation.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
