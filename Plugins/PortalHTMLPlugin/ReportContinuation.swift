import ReportStructure

/// Extends the chosen article body with the report content the page puts beside it.
///
/// Portals often keep a report's statistics table, its 附表 / 附件 block, its later sections or its
/// signature outside the element with the most text: in a sibling `<div class="fujian">`, a bare
/// `<table>` after the container, the next row of a table layout. The rule:
///
/// - Starting from the chosen elements, the siblings after the last one and before the first are
///   looked at in turn, outward; then the same is done one level up (the siblings of the parent),
///   for at most `levels` levels and never above `<body>`.
/// - A sibling (an element, or a run of bare text and inline elements) joins the body when
///   `ReportContent` finds report content in its lines: a table with numbers, a numbered heading,
///   an attachment line (附表 / 附件), a paragraph of at least 30 CJK characters, a closing
///   signature. Siblings without visible text (scripts, spacers, images) are passed over.
/// - The first sibling with visible text that is not report content ends the search in that
///   direction, at every level: a share or print bar, a related-article list, a footer (版权所有,
///   ICP), a navigation menu, the title and its 发布日期 line. What lies beyond such a block is the
///   portal, not the report. Elements named or tagged as chrome (`TemplateHints`) and blocks that
///   are mostly links end it without being read.
/// - Between the elements `ContentSelector` chose, a sibling joins when it holds report content;
///   one that does not is left where it is.
///
/// Whatever of the page is still left out is accounted for by `PageRemainder`.
struct ReportContinuation {
    let tree: PageTree
    let stats: TextStats
    let respectChrome: Bool

    /// How many levels above the chosen elements the search climbs.
    static let levels = 4
    /// Link share above which a sibling is a menu or a link list, not report text.
    static let linkDensity = 0.5

    /// What a sibling is to the report.
    enum Verdict {
        /// Report content: it joins the body.
        case content
        /// No visible text: passed over.
        case blank
        /// Visible text that is not report content: the search stops.
        case other
    }

    /// The parts of the body, in document order: the chosen elements and what continues them.
    func parts(for selection: ContentSelector.Selection) -> [BodyPart] {
        if selection.wholePage { return selection.roots.map { BodyPart.element($0, in: tree) } }
        let roots = selection.roots
        var middle: [BodyPart] = []
        for (index, root) in roots.enumerated() {
            middle.append(.element(root, in: tree))
            guard index + 1 < roots.count else { break }
            for group in groups(after: root, until: roots[index + 1]) where verdict(group) == .content { middle.append(group) }
        }
        var before: [BodyPart] = [], after: [BodyPart] = []
        var first = roots[0], last = roots[roots.count - 1]
        var forward = true, backward = true
        for _ in 0..<Self.levels {
            let parent = Int(tree.parents[first])
            guard parent > 0, tree.tags[first] != "body", tree.tags[first] != "html" else { break }
            if forward { forward = extend(&after, with: groups(after: last, until: nil), signatures: true) }
            if backward { backward = extend(&before, with: groups(before: first)) }
            guard forward || backward, tree.tags[parent] != "body" else { break }
            first = parent
            last = parent
        }
        return before.reversed() + middle + after
    }

    /// Takes groups while they are content or blank; false when one was other text (the search
    /// in this direction is over). With `signatures`, a group that is other text alone still joins
    /// with the next group with text when together they are a closing signature (the agency and the
    /// date in two `<p>`, each of which alone is not one).
    private func extend(_ taken: inout [BodyPart], with candidates: [BodyPart], signatures: Bool = false) -> Bool {
        var index = 0
        while index < candidates.count {
            let group = candidates[index]
            index += 1
            switch verdict(group) {
            case .content: taken.append(group)
            case .blank: continue
            case .other:
                guard signatures, let next = candidates[index...].firstIndex(where: { verdict($0) != .blank }),
                      SignatureSplit(tree: tree, stats: stats, respectChrome: respectChrome).joins(group, candidates[next]) else { return false }
                taken += [group, candidates[next]]
                index = next + 1
            }
        }
        return true
    }

    /// Whether a sibling group continues the report.
    func verdict(_ group: BodyPart) -> Verdict {
        var visible: Int32 = 0, linkVisible: Int32 = 0
        var node = group.from
        while node < group.stop {
            if !tree.excluded[node], tree.roles[node] != .excluded {
                visible += stats.visible[node]
                linkVisible += stats.linkVisible[node]
            }
            node = tree.subtreeEnd(of: node)
        }
        guard visible + linkVisible > 0 else { return .blank }
        if respectChrome, group.root == group.from, tree.roles[group.root] != .text, TemplateHints.isChrome(tree, group.root) {
            return .other
        }
        // A link to an attached file (附件：统计表.xls) is read like text; other link blocks are not.
        if Double(linkVisible) > Self.linkDensity * Double(visible + linkVisible),
            !AttachmentLinks.contains(tree, from: group.from, upTo: group.stop)
        {
            return .other
        }
        var collector = LineCollector(tree: tree, stats: stats, respectChrome: respectChrome)
        group.collect(into: &collector)
        return ReportContent.isReport(collector.items) ? .content : .other
    }

    /// The sibling groups after `node`, up to `end` (exclusive) or the last sibling.
    private func groups(after node: Int, until end: Int?) -> [BodyPart] {
        groups(from: Int(tree.nextSibling[node]), until: end ?? -1)
    }

    /// The sibling groups before `node`, nearest first.
    private func groups(before node: Int) -> [BodyPart] {
        groups(from: Int(tree.firstChild[Int(tree.parents[node])]), until: node).reversed()
    }

    /// The siblings from `start` up to `end` (exclusive; -1 for all) in groups: each block-like or
    /// excluded element alone, each run of text and inline elements together.
    private func groups(from start: Int, until end: Int) -> [BodyPart] {
        var result: [BodyPart] = []
        var run: (first: Int, last: Int)?
        var sibling = start
        while sibling >= 0, sibling != end {
            if isInline(sibling) {
                run = (run?.first ?? sibling, sibling)
            } else {
                if let (first, last) = run { result.append(.run(first, through: last, of: Int(tree.parents[first]), in: tree)) }
                run = nil
                result.append(.element(sibling, in: tree))
            }
            sibling = Int(tree.nextSibling[sibling])
        }
        if let (first, last) = run { result.append(.run(first, through: last, of: Int(tree.parents[first]), in: tree)) }
        return result
    }

    /// Text and inline elements (and line breaks) read as part of a line rather than as a block.
    private func isInline(_ node: Int) -> Bool {
        switch tree.roles[node] {
        case .text, .inline, .lineBreak: true
        default: false
        }
    }
}
