import DocumentModel

/// Tells data tables from layout tables and reads a data table's cells with their spans.
struct TableReader {
    /// What a `<table>` is used for.
    enum Kind: Equatable {
        /// Rows and columns of data: becomes a table block.
        case data(Table)
        /// A portal's metadata grid (索引号 / 发布机构 / 发文日期…): label-value pairs.
        case metadata([(label: String, value: String)])
        /// Page layout: walked through as ordinary blocks.
        case layout

        static func == (lhs: Kind, rhs: Kind) -> Bool {
            switch (lhs, rhs) {
            case (.data(let a), .data(let b)): a == b
            case (.metadata(let a), .metadata(let b)): a.elementsEqual(b) { $0 == $1 }
            case (.layout, .layout): true
            default: false
            }
        }
    }

    let tree: PageTree
    let stats: TextStats
    /// Nodes already read elsewhere (`LineCollector.taken`): left out of the cells' text, so that
    /// a grid sharing its table with the article (the body in a cell below 索引号…) does not read
    /// the article again.
    var taken: [Bool]? = nil

    /// Classifies the table at `node` and reads it when it holds data.
    func classify(_ node: Int) -> Kind {
        guard let rows = rows(of: node) else { return .layout }
        let texts = rows.map { $0.map(cellText) }
        if let pairs = MetadataLabels.pairs(in: texts) { return .metadata(pairs) }
        let widest = rows.map(\.count).max() ?? 0
        guard rows.count >= 2, widest >= 2 else { return .layout }
        let lengths = texts.joined().map(\.count)
        let total = lengths.reduce(0, +)
        let cellCount = max(lengths.count, 1)
        // One cell holding most of the page, or few cells of long prose: layout.
        if let longest = lengths.max(), total > 200, Double(longest) > 0.6 * Double(total) { return .layout }
        if total / cellCount > 80 { return .layout }
        let table = Table(rows: zip(rows, texts).map { cells, texts in
            zip(cells, texts).map { cell, text in
                TableCell(text, rowSpan: span(cell, "rowspan", limit: 65534), colSpan: span(cell, "colspan", limit: 1000))
            }
        })
        return .data(table)
    }

    /// The cells of each row of this table, not of the tables nested in its cells; nil when a
    /// nested table holds a table itself (page layout, and reading it would cost a pass per level).
    private func rows(of table: Int) -> [[Int]]? {
        var rows: [[Int]] = []
        var index = table + 1
        let end = tree.subtreeEnd(of: table)
        while index < end {
            switch tree.roles[index] {
            case .table:
                let inner = tree.subtreeEnd(of: index)
                if (index + 1..<inner).contains(where: { tree.roles[$0] == .table }) { return nil }
                index = inner
                continue
            case .row:
                rows.append(tree.children(of: index).filter { tree.roles[$0] == .cell })
            case .excluded:
                index = tree.subtreeEnd(of: index)
                continue
            default:
                break
            }
            index += 1
        }
        return rows.filter { !$0.isEmpty }
    }

    /// True when a table nests inside `table`.
    func hasNestedTable(_ table: Int) -> Bool {
        (table + 1..<tree.subtreeEnd(of: table)).contains { tree.roles[$0] == .table }
    }

    /// What the table shows outside its cells, in order: its `<caption>` and any text the page put
    /// between its rows (a browser draws that above the table).
    func outsideCells(_ table: Int) -> [Int] {
        var found: [Int] = []
        var pending = tree.children(of: table).reversed() as [Int]
        while let node = pending.popLast() {
            switch tree.tags[node] {
            case "tbody", "thead", "tfoot", "tr":
                pending += tree.children(of: node).reversed()
            case "td", "th", "colgroup", "col":
                continue
            default:
                guard tree.roles[node] != .excluded else { continue }
                // A wrapper the parser left around rows (a `<form>`): its rows are the table's.
                let wraps = (node + 1..<tree.subtreeEnd(of: node)).contains {
                    tree.roles[$0] == .row || tree.roles[$0] == .cell || tree.roles[$0] == .table
                }
                if wraps { pending += tree.children(of: node).reversed() } else { found.append(node) }
            }
        }
        return found
    }

    /// Every line of text in a cell, joined without spaces between Chinese characters; a table
    /// nested in the cell is flattened into it, cell after cell.
    func cellText(_ cell: Int) -> String {
        var collector = LineCollector(tree: tree, stats: stats, respectChrome: false)
        collector.taken = taken
        collector.collect(cell)
        return LineBuffer.join(collector.items.map {
            switch $0 {
            case .line(let line): line
            case .table(let table): LineBuffer.join(table.rows.flatMap { $0.map(\.text) })
            }
        })
    }

    private func span(_ cell: Int, _ name: String, limit: Int) -> Int {
        guard let raw = tree.attribute(name, of: cell) else { return 1 }
        let digits = raw.trimmingCharacters(in: " \t\n\r").prefix { $0.isASCII && $0.isNumber }
        guard let value = Int(digits.prefix(9)), value >= 1 else { return 1 }
        return min(value, limit)
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> Substring {
        let drop: (Character) -> Bool = { set.contains($0) }
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return self[first...last]
    }
}
