/// Per-node text counts of a page, summed over subtrees, with excluded content left out.
struct TextStats {
    /// CJK characters outside links, per subtree.
    var cjk: [Int32]
    /// Visible characters outside links, per subtree.
    var visible: [Int32]
    /// Visible characters inside links, per subtree.
    var linkVisible: [Int32]
    /// `<a>` elements, per subtree.
    var links: [Int32]
    /// CJK characters outside links in the node's own lines (text not inside a nested block).
    var ownCJK: [Int32]

    /// Counts every text node once and sums upwards (children come after parents in the arrays).
    init(_ tree: PageTree) {
        let count = tree.count
        cjk = [Int32](repeating: 0, count: count)
        visible = cjk
        linkVisible = cjk
        links = cjk
        ownCJK = cjk
        var owner = [Int32](repeating: 0, count: count)
        for index in 1..<max(count, 1) {
            let parent = Int(tree.parents[index])
            owner[index] = tree.roles[index].isBlockLike ? Int32(index) : owner[parent]
            guard !tree.excluded[index] else { continue }
            if tree.roles[index] == .text {
                let counted = CJK.counts(tree.texts[index])
                if tree.inLink[index] {
                    linkVisible[index] = Int32(counted.visible)
                } else {
                    cjk[index] = Int32(counted.cjk)
                    visible[index] = Int32(counted.visible)
                    ownCJK[Int(owner[index])] += Int32(counted.cjk)
                }
            } else if tree.tags[index] == "a" {
                links[index] = 1
            }
        }
        for index in stride(from: count - 1, through: 1, by: -1) where !tree.excluded[index] {
            let parent = Int(tree.parents[index])
            cjk[parent] += cjk[index]
            visible[parent] += visible[index]
            linkVisible[parent] += linkVisible[index]
            links[parent] += links[index]
        }
    }

    /// Share of a subtree's visible characters that sit inside links, 0 to 1.
    func linkDensity(_ node: Int) -> Double {
        let total = Double(visible[node] + linkVisible[node])
        return total == 0 ? 0 : Double(linkVisible[node]) / total
    }
}
