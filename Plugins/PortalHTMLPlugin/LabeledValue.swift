/// A metadata grid written without `<table>`: `<dt>索引号：</dt><dd>…</dd>`, or an element holding
/// only a known label followed by the element holding its value (`<div class=label>索引号</div>
/// <div class=value>…</div>`, `<li><span>发布机构</span><span>…</span></li>`). Read as one
/// `label：value` line, the way the page shows the pair, so that the structure pass takes it as
/// metadata instead of leaving a bare value in the body.
struct LabeledValue {
    let tree: PageTree
    let stats: TextStats

    /// Longest label text, in visible characters (`索 引 号：` with its spaces and colon).
    static let longestLabel: Int32 = 16
    /// Longest value, in visible characters: grid values are short; a longer element is content.
    static let longestValue: Int32 = 100
    /// Most nodes a label element holds (its text and a `<b>` or two): the test stays constant
    /// time per element, however deep a hostile page nests.
    static let mostLabelNodes: Int32 = 8
    /// Elements that hold prose, never a grid's label: `<p>分类</p>` followed by a paragraph is a
    /// heading and its text.
    static let proseTags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "a"]

    /// The pair starting at `node`: its label (no white space or colon) and the value's element.
    func pair(at node: Int) -> (label: String, value: Int)? {
        let tag = tree.tags[node]
        guard tree.roles[node] == .block || tree.roles[node] == .inline, !Self.proseTags.contains(tag),
              tree.sizes[node] <= Self.mostLabelNodes, (1...Self.longestLabel).contains(size(node)), let value = nextElement(after: node),
              (1...Self.longestValue).contains(size(value)), !holdsTable(value) else { return nil }
        guard tag == "dt" || mayStartLabel(node) else { return nil }
        let text = shortText(node)
        if tag == "dt" {
            guard tree.tags[value] == "dd" else { return nil }
            let name = MetadataLabels.normalized(text)
            return name.isEmpty ? nil : (name, value)
        }
        guard tree.tags[value] != "dd", let known = MetadataLabels.field(of: text),
              !isLabel(value) else { return nil }
        return (known.name, value)
    }

    /// The element after `node` among its siblings, past white space; nil when text comes first.
    private func nextElement(after node: Int) -> Int? {
        var sibling = Int(tree.nextSibling[node])
        while sibling >= 0 {
            if tree.roles[sibling] != .text { return tree.excluded[sibling] ? nil : sibling }
            guard tree.texts[sibling].unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) else { return nil }
            sibling = Int(tree.nextSibling[sibling])
        }
        return nil
    }

    /// True when the first text of the subtree starts like a known label: most elements are ruled
    /// out without reading their text into a line.
    private func mayStartLabel(_ node: Int) -> Bool {
        for index in node..<tree.subtreeEnd(of: node) where tree.roles[index] == .text && !tree.excluded[index] {
            guard let first = tree.texts[index].unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { continue }
            return Self.labelStarts.contains(first)
        }
        return false
    }

    /// The text of a label element (a few nodes) on one line.
    private func shortText(_ node: Int) -> String {
        var line = LineBuffer()
        for index in node..<tree.subtreeEnd(of: node) where tree.roles[index] == .text && !tree.excluded[index] {
            line.append(tree.texts[index])
        }
        return line.flush() ?? ""
    }

    /// The first scalar of every known label.
    static let labelStarts = Set(MetadataLabels.fields.keys.compactMap(\.unicodeScalars.first))

    /// Visible characters of the subtree, in links or not.
    private func size(_ node: Int) -> Int32 { stats.visible[node] + stats.linkVisible[node] }

    private func holdsTable(_ node: Int) -> Bool {
        (node..<tree.subtreeEnd(of: node)).contains { tree.roles[$0] == .table }
    }

    /// True when the element after a label is itself a known label (an empty field before it).
    private func isLabel(_ node: Int) -> Bool {
        size(node) <= Self.longestLabel && tree.sizes[node] <= Self.mostLabelNodes && MetadataLabels.field(of: shortText(node)) != nil
    }
}
