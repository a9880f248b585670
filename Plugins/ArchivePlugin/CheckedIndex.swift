/// The index with only what verification reads, in a compact form: fixed-size records per document
/// (``CheckedDocument``) over the index's own bytes, which stay in a scratch file.
///
/// Agencies, source paths, formats, encodings and aliases are dropped as each document is decoded;
/// titles and original names are read back from the index's bytes when the report names a document,
/// so no String per document is held through the stream.
struct CheckedIndex {
    /// The bag directory the index names.
    var bundle: String
    /// The tag files written before the index.
    var tagFiles: [BundleMember]
    /// The documents, in index order.
    var documents: [CheckedDocument] = []
    /// Why documents break the bundle's order (``ExpectedEntries/documentProblem(_:after:)``), one
    /// line each: found as they are decoded, since their members' paths are not kept as written.
    private(set) var orderProblems: [String] = []
    /// The index's bytes, to read titles and original names back.
    private let source: IndexBytes

    /// Decodes `index.json` held in memory, document by document, spooling it to a scratch file
    /// first when one can be made, so the bytes are not kept in memory.
    init(_ bytes: [UInt8]) throws(IndexScanner.Malformed) {
        if let file = try? ScratchFile.anonymous("index"), (try? file.append(bytes)) != nil, (try? file.flush()) != nil {
            try self.init(IndexBytes(file: file))
        } else {
            try self.init(IndexBytes(bytes))
        }
    }

    /// Decodes the index in `source` document by document.
    init(_ source: IndexBytes) throws(IndexScanner.Malformed) {
        let scanner = try IndexScanner(source)
        self.source = source
        bundle = scanner.header.bundle
        tagFiles = scanner.header.tagFiles
        var documents: [CheckedDocument] = []
        var orderProblems: [String] = []
        var lastID: UInt64?
        try scanner.forEachElement { document, element in
            documents.append(CheckedDocument(document, element: element))
            if let problem = ExpectedEntries.documentProblem(document, after: lastID) { orderProblems.append(problem) }
            // Each document is compared with the last valid id before it, so one misplaced document is one problem.
            lastID = LowerHex64.value(document.id) ?? lastID
            return true
        }
        self.documents = documents
        self.orderProblems = orderProblems
        source.releaseWindow()
    }

    /// A document's title and original name, read back from its element; nil when it cannot be read.
    func names(of document: CheckedDocument) -> DocumentNames? {
        guard let bytes = try? source.slice(document.element) else { return nil }
        return DocumentNames.decode(bytes)
    }

    /// Every member's offset, compressed size and size: tag files, then documents' members.
    var allSpans: [(offset: Int, compressedSize: Int, size: Int)] {
        tagFiles.map { ($0.offset, $0.compressedSize, $0.size) } + documents.flatMap { $0.members.map { ($0.offset, $0.compressedSize, $0.size) } }
    }
}
