/// Links to attached documents (附件), which are part of a report, unlike links to other pages.
enum AttachmentLinks {
    static let extensions: Set<String> = [
        "doc", "docx", "pdf", "xls", "xlsx", "wps", "et", "ceb", "zip", "rar", "7z", "txt", "ofd", "ppt", "pptx",
    ]

    /// True when the subtree of `node` links to a file with a document extension.
    static func contains(_ tree: PageTree, _ node: Int) -> Bool {
        (node..<tree.subtreeEnd(of: node)).contains { index in
            guard tree.tags[index] == "a", let href = tree.attribute("href", of: index) else { return false }
            let path = href.split(separator: "?", maxSplits: 1).first ?? ""
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
            return extensions.contains(path[path.index(after: dot)...].lowercased())
        }
    }
}
