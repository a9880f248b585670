/// A stretch of the page taken into the report's body: the nodes of `root`'s subtree from `from`
/// up to (not including) `stop`. A whole element is its own root; a run of bare text and inline
/// elements between blocks (`</div>附件：<a…>统计表.xls</a>`) is a slice of its parent, so that it
/// reads as the one line a browser shows.
struct BodyPart: Equatable {
    /// The element walked.
    var root: Int
    /// The first node taken.
    var from: Int
    /// One past the last node taken.
    var stop: Int

    /// The whole subtree of `node`.
    static func element(_ node: Int, in tree: PageTree) -> BodyPart {
        BodyPart(root: node, from: node, stop: tree.subtreeEnd(of: node))
    }

    /// The siblings `first` through `last` (inclusive), children of `parent`, as one part.
    static func run(_ first: Int, through last: Int, of parent: Int, in tree: PageTree) -> BodyPart {
        first == last ? element(first, in: tree) : BodyPart(root: parent, from: first, stop: tree.subtreeEnd(of: last))
    }

    /// Adds this part's text to `collector`.
    func collect(into collector: inout LineCollector) {
        collector.collect(root, from: from, stop: stop)
    }
}
