/// Links to attached documents (附件), which are part of a report, unlike links to other pages.
enum AttachmentLinks {
    static let extensions: Set<String> = [
        "doc", "docx", "pdf", "xls", "xlsx", "wps", "et", "ceb", "zip", "rar", "7z", "txt", "ofd", "ppt", "pptx",
    ]

    /// True when the subtree of `node` links to a file with a document extension.
    static func contains(_ tree: PageTree, _ node: Int) -> Bool {
        contains(tree, from: node, upTo: tree.subtreeEnd(of: node))
    }

    /// True when a node in `from..<stop` (a run of siblings' subtrees) links to such a file.
    static func contains(_ tree: PageTree, from: Int, upTo stop: Int) -> Bool {
        (from..<stop).contains { index in
            guard tree.tags[index] == "a", let href = tree.attribute("href", of: index) else { return false }
            let path = href.split(separator: "?", maxSplits: 1).first ?? ""
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
            return extensions.contains(path[path.index(after: dot)...].lowercased())
        }
    }
}
