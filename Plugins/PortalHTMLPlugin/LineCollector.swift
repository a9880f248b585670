import ReportStructure

/// Walks part of a page in document order and emits its text as lines and tables, the way it reads:
/// one line per block (p, div, li, heading, cell), a new line at each `<br>`, data tables as tables.
/// Iterative, with an explicit stack, so any nesting depth is safe.
struct LineCollector {
    let tree: PageTree
    let stats: TextStats
    /// Skip elements whose id, class or tag mark them as page chrome (navigation, share, comments…).
    let respectChrome: Bool
    /// Skip blocks that are mostly links (related lists, tag clouds, "more news" boxes).
    var skipLinkBlocks = true
    /// Keep a link block anyway when its text is a short 打印 / 关闭 action bar (the article's frame).
    var keepActionLinks = false
    /// When set, a block that ends before this node and holds a menu (a link list) is another column
    /// of the page (a side menu with its heading and contact lines), not the article's header.
    var skipMenuColumnsBefore: Int?
    /// Keep a link block that says something outside its links: a numbered heading, an attachment
    /// line, or `substantialText` CJK characters (`（二）依据<a>《条例》</a>和<a>…</a>`,
    /// `附件：<a>统计表</a>、<a>情况表</a>`). On for the article's body, where such a line is the report's.
    var keepReportLinks = false
    /// Leave the text of links out, to judge what a block says besides its links.
    var omitLinkText = false
    /// Read the text of unshown elements (`PageTree.unshown`: hidden, form controls, fallbacks),
    /// each as lines of its own, instead of leaving it out; tables in them read as lines.
    var readUnshown = false
    /// Nodes already read elsewhere (the body, when the rest of the page is collected): skipped
    /// with their subtrees.
    var taken: [Bool]?
    /// Emitted lines and tables, in reading order.
    private(set) var items: [SourceItem] = []
    /// What the walk noticed that a reader of the document should know (info diagnostics).
    private(set) var notes: [String] = []
    /// Label-value pairs of metadata grids met on the way.
    private(set) var metadataPairs: [(label: String, value: String)] = []
    /// Indices in `items` of the lines read from metadata grids (tables and `LabeledValue` pairs).
    private(set) var gridItems: [Int] = []
    /// Elements left out as chrome or as link blocks (with their subtrees), in document order, so
    /// that what they hold can be set aside or counted (`SkippedBlocks`).
    private(set) var skipped: [Int] = []
    private var line = LineBuffer()
    /// One past the last node of a link block kept by `keepReportLinks`; nothing in it is judged again.
    private var keptUntil = -1
    /// Value elements of `LabeledValue` pairs already read with their label.
    private var pairedValues: Set<Int> = []
    /// How many preformatted elements the walk is inside.
    private var preformattedDepth = 0

    init(tree: PageTree, stats: TextStats, respectChrome: Bool) {
        self.tree = tree
        self.stats = stats
        self.respectChrome = respectChrome
    }

    /// Collects the subtree of `root`, leaving out nodes before `from` (other than the elements
    /// that contain `from`) and nodes at or after `stop`.
    mutating func collect(_ root: Int, from: Int = 0, stop: Int = .max) {
        var stack: [(node: Int, exiting: Bool)] = [(root, false)]
        while let (node, exiting) = stack.popLast() {
            let role = tree.roles[node]
            if exiting {
                if role.isBlockLike || role == .excluded { flush() }
                if Self.preformatted.contains(tree.tags[node]) { preformattedDepth -= 1 }
                continue
            }
            if node >= stop || (tree.excluded[node] && !readUnshown) { continue }
            if let taken, taken[node] { continue }
            if !pairedValues.isEmpty, pairedValues.remove(node) != nil { continue }
            if node < from, role == .text || tree.subtreeEnd(of: node) <= from { continue }
            switch role {
            case .text:
                if omitLinkText, tree.inLink[node] { continue }
                appendText(tree.texts[node])
                continue
            case .excluded:
                guard readUnshown, tree.unshown[Int32(node)] != nil else { continue }
                flush()
            case .lineBreak:
                flush()
                continue
            case .table:
                if !readUnshown, handleTable(node) { continue }
            default:
                break
            }
            if node != root, shouldSkip(node) {
                skipped.append(node)
                continue
            }
            if role.isBlockLike { flush() }
            if node != root, !omitLinkText, let pair = LabeledValue(tree: tree, stats: stats).pair(at: node) {
                takePair(pair)
                continue
            }
            if Self.preformatted.contains(tree.tags[node]) { preformattedDepth += 1 }
            stack.append((node, true))
            var child = Int(tree.firstChild[node])
            var children: [Int] = []
            while child >= 0 {
                children.append(child)
                child = Int(tree.nextSibling[child])
            }
            for child in children.reversed() { stack.append((child, false)) }
        }
        flush()
    }

    /// Emits a data or metadata table; false for a layout table, which is walked through.
    private mutating func handleTable(_ node: Int) -> Bool {
        if respectChrome, TemplateHints.isChrome(tree, node) {
            skipped.append(node)
            return true
        }
        var reader = TableReader(tree: tree, stats: stats)
        reader.taken = taken
        switch reader.classify(node) {
        case .data(let table):
            flush()
            for node in reader.outsideCells(node) { collect(node) }
            if reader.hasNestedTable(node) {
                notes.append("a table nested in a cell of a data table (\(tree.label(of: node))) was flattened into the cell's text")
            }
            items.append(.table(table))
            return true
        case .metadata(let pairs):
            flush()
            metadataPairs += pairs
            gridItems += items.count..<items.count + pairs.count
            items += pairs.map { .line(MetadataLabels.line(of: $0)) }
            return true
        case .layout:
            return false
        }
    }

    /// Emits a label and the element after it as one `label：value` line (`LabeledValue`).
    private mutating func takePair(_ pair: (label: String, value: Int)) {
        flush()
        let value = TableReader(tree: tree, stats: stats).cellText(pair.value)
        if MetadataLabels.fields[pair.label] != nil { metadataPairs.append((pair.label, value)) }
        gridItems.append(items.count)
        items.append(.line(MetadataLabels.line(of: (pair.label, value))))
        pairedValues.insert(pair.value)
    }

    /// Page chrome and blocks that are mostly links (related-article lists, menus, "more news"
    /// boxes) stay out; a link to an attached document stays in.
    private mutating func shouldSkip(_ node: Int) -> Bool {
        if respectChrome, TemplateHints.isChrome(tree, node) { return true }
        if let limit = skipMenuColumnsBefore, tree.roles[node].isBlockLike, tree.subtreeEnd(of: node) <= limit,
            holdsMenu(node)
        {
            return true
        }
        guard skipLinkBlocks, node >= keptUntil, tree.roles[node].isBlockLike || tree.tags[node] == "span" else { return false }
        let density = stats.linkDensity(node)
        if stats.links[node] >= 2, density >= 0.6 { return !isActionBar(node) && !keptAsReport(node) }
        guard stats.links[node] >= 1, density >= 0.5, stats.cjk[node] <= 10 else { return false }
        guard ["div", "span", "section", "ul", "ol", "dl"].contains(tree.tags[node]) else { return false }
        return !AttachmentLinks.contains(tree, node) && !isActionBar(node) && !keptAsReport(node)
    }

    /// Fewest CJK characters outside links that make a link block running text.
    static let substantialText: Int32 = 15

    /// True (and the block is not judged again inside) when `keepReportLinks` is on and the link
    /// block reads as report content without its links' text.
    private mutating func keptAsReport(_ node: Int) -> Bool {
        guard keepReportLinks else { return false }
        var kept = stats.cjk[node] >= Self.substantialText
        if !kept, stats.visible[node] > 0 {
            var words = LineCollector(tree: tree, stats: stats, respectChrome: respectChrome)
            words.skipLinkBlocks = false
            words.omitLinkText = true
            words.collect(node)
            // Headings with words and attachment lines only: the numbers and dates beside a news
            // list's links read as headings, a signature, a table with numbers.
            kept = ReportContent.mayHoldOwnWords(words.items)
                && ReportContent.evidence(in: words.items).contains { $0.isOwnWords(prose: false) }
        }
        if kept { keptUntil = tree.subtreeEnd(of: node) }
        return kept
    }

    /// True when the subtree has a block of at least three links with real text that is mostly
    /// links: a menu. Icon-only share lists (no link text) are not menus.
    private func holdsMenu(_ node: Int) -> Bool {
        guard stats.links[node] >= 3 else { return false }
        return (node..<tree.subtreeEnd(of: node)).contains { index in
            tree.roles[index].isBlockLike && stats.links[index] >= 3 && stats.linkVisible[index] >= Self.shortestMenu
                && stats.linkDensity(index) >= 0.6
        }
    }

    /// Fewest visible link characters of a menu.
    static let shortestMenu: Int32 = 8

    /// A short link bar of print / close / back actions, kept when `keepActionLinks` is on.
    private func isActionBar(_ node: Int) -> Bool {
        guard keepActionLinks, stats.visible[node] + stats.linkVisible[node] <= Self.longestActionBar else { return false }
        var buffer = LineBuffer()
        for index in node..<tree.subtreeEnd(of: node) where tree.roles[index] == .text && !tree.excluded[index] {
            buffer.append(tree.texts[index])
        }
        guard let text = buffer.flush() else { return false }
        return Self.actionWords.contains { UTF8Search.contains(text, $0) }
    }

    /// Longest action bar, in visible characters.
    static let longestActionBar: Int32 = 60
    /// Words of the action links a portal puts under an article.
    static let actionWords = ["打印", "关闭", "返回", "收藏", "顶部"]

    /// Elements whose line breaks are kept as the page shows them.
    static let preformatted: Set<String> = ["pre", "listing", "plaintext", "textarea", "xmp"]

    /// Adds a text node; inside a preformatted element its spaces stay as written and each of its
    /// line breaks ends a line, as the browser shows it (a report pasted into `<pre>` keeps its
    /// headings on lines of their own and its columns apart).
    private mutating func appendText(_ text: String) {
        guard preformattedDepth > 0 else {
            line.append(text)
            return
        }
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        for (index, piece) in pieces.enumerated() {
            if index > 0 { flush() }
            line.appendPreformatted(piece)
        }
    }

    private mutating func flush() {
        if let text = line.flush() { items.append(.line(text)) }
    }
}
