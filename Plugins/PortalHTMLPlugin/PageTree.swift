/// The parsed page as flat arrays in document (pre-)order, so every pass over it is a loop:
/// a parent always comes before its children, and walking the indices backwards visits children first.
struct PageTree {
    /// What a node is, as far as text extraction cares.
    var roles: [NodeRole] = []
    /// Lowercased tag names; empty for text nodes.
    var tags: [String] = []
    /// Parent index, -1 for top-level nodes.
    var parents: [Int32] = []
    /// First child index, or -1.
    var firstChild: [Int32] = []
    /// Next sibling index, or -1.
    var nextSibling: [Int32] = []
    /// Text of text nodes (empty for elements).
    var texts: [String] = []
    /// True for elements that are page chrome by their tag or by what their `id` or `class` names
    /// (TemplateHints.namesChrome); never `<body>` or `<html>`. `ContentSelector` lifts the mark
    /// from the elements around the report when the names hid it.
    var chrome: [Bool] = []
    /// True for elements whose id or a class names a CMS article container (TemplateHints).
    var articleContainer: [Bool] = []
    /// The raw `id` and `class` values, for hints and diagnostics.
    var idClass: [String] = []
    /// True for nodes inside an `<a href>`.
    var inLink: [Bool] = []
    /// True for nodes inside an element whose text is never document text (script, style, head…).
    var excluded: [Bool] = []
    /// Subtree sizes (the node included); pre-order makes every subtree one contiguous range.
    var sizes: [Int32] = []
    /// Elements whose text the page holds but does not show (hidden, form controls, fallbacks),
    /// by node index; their subtrees are `excluded` like scripts, and `UnshownText` sets them aside.
    var unshown: [Int32: UnshownKind] = [:]
    /// The other attributes some elements need (meta name/content, cell spans), by node index.
    var attributes: [Int32: [String: String]] = [:]

    /// Number of nodes.
    var count: Int { roles.count }

    /// The children of `node`, in order.
    func children(of node: Int) -> [Int] {
        var result: [Int] = []
        var child = Int(firstChild[node])
        while child >= 0 {
            result.append(child)
            child = Int(nextSibling[child])
        }
        return result
    }

    /// The value of an attribute kept for `node`.
    func attribute(_ name: String, of node: Int) -> String? { attributes[Int32(node)]?[name] }

    /// `div#endText.end-text`-style label for diagnostics.
    func label(of node: Int) -> String {
        guard node >= 0 else { return "(none)" }
        let raw = idClass[node]
        return raw.isEmpty ? tags[node] : "\(tags[node])\(raw)"
    }

    /// The first descendant element (or `node` itself) with the tag, in document order.
    func first(_ tag: String, under node: Int? = nil) -> Int? {
        let range = node.map { $0..<subtreeEnd(of: $0) } ?? 0..<count
        return range.first { tags[$0] == tag }
    }

    /// One past the last index of `node`'s subtree (pre-order makes subtrees contiguous).
    func subtreeEnd(of node: Int) -> Int { node + Int(sizes[node]) }
}
