extension ExpectedEntries {
    /// The start of the message for an index that breaks the bundle's order, extract's and verify's alike.
    static let outOfOrder = "the index is not in the bundle's order"

    /// Why the index's tag files break the bundle's order, or nil: they must be
    /// ``BundleFormat/leadingTagPaths``, in that order.
    static func tagFilesProblem(_ tags: [BundleMember]) -> String? {
        guard tags.map(\.path) != BundleFormat.leadingTagPaths else { return nil }
        return "the index lists the tag files \(tags.map(\.path)), not \(BundleFormat.leadingTagPaths)"
    }

    /// Why `document` breaks the bundle's order, or nil: its id must be 16 lowercase hex digits above
    /// `lastID`, its members an original then json and html when present, each at the path its id
    /// and role give (only the original's extension is free).
    ///
    /// Why so strict: these are what make the listed paths distinct and in the entries' order, so
    /// a duplicate is refused without remembering every path already written.
    static func documentProblem(_ document: BundleDocument, after lastID: UInt64?) -> String? {
        guard let id = LowerHex64.value(document.id) else { return "document id '\(document.id)' is not 16 lowercase hex digits" }
        if let lastID, id <= lastID {
            return "document \(document.id) is listed after \(LowerHex64.text(lastID)) (documents are sorted by id, each once)"
        }
        let roles = document.members.map(\.role)
        guard roles.first == .original, roles == BundleFormat.payloadRoles.filter(roles.contains) else {
            return "document \(document.id) lists its members as \(roles.map(\.rawValue)), not original, json, html in that order"
        }
        for member in document.members {
            let path = BundleFormat.memberPath(role: member.role, id: document.id, originalExtension: "")
            guard member.role == .original ? member.path.hasPrefix(path) : member.path == path else {
                return "document \(document.id) lists its \(member.role.rawValue) as '\(member.path)', not \(member.role == .original ? path + "<ext>" : path)"
            }
        }
        return nil
    }
}
