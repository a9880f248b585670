/// The index with only what verification reads, in a compact form: ids, titles, original names
/// and members (``CheckedMember``). Agencies, source paths, formats, encodings and aliases are
/// dropped as each document is decoded.
struct CheckedIndex: Sendable {
    /// The bag directory the index names.
    var bundle: String
    /// The tag files written before the index.
    var tagFiles: [BundleMember]
    /// The documents, in index order.
    var documents: [CheckedDocument] = []

    /// Decodes `index.json` document by document.
    init(_ bytes: [UInt8]) throws(IndexScanner.Malformed) {
        let scanner = try IndexScanner(bytes)
        bundle = scanner.header.bundle
        tagFiles = scanner.header.tagFiles
        var documents: [CheckedDocument] = []
        try scanner.forEachDocument { document in
            documents.append(CheckedDocument(id: document.id, title: document.title, originalName: document.originalName,
                                             members: document.members.map { CheckedMember($0, documentID: document.id) }))
            return true
        }
        self.documents = documents
    }

    /// Every member's offset, compressed size and size: tag files, then documents' members.
    var allSpans: [(offset: Int, compressedSize: Int, size: Int)] {
        tagFiles.map { ($0.offset, $0.compressedSize, $0.size) } + documents.flatMap { $0.members.map { ($0.offset, $0.compressedSize, $0.size) } }
    }
}

/// One document as verify holds it.
struct CheckedDocument: Sendable {
    var id: String
    var title: String?
    var originalName: String
    var members: [CheckedMember]

    /// The member with the given role.
    func member(_ role: BundleMember.Role) -> CheckedMember? { members.first { $0.role == role } }
}
