import Conversion

/// The files a bundle must hold, handed out one at a time in the order its entries come
/// (`Archive/FORMAT.md` 2.2): the tag files the index lists, each document's members in index
/// order, then the index, the lookup table and the tag manifest.
///
/// Why a cursor and not a table of every file: the index lists documents in the entries' order, so
/// extract walks both side by side and holds one document whatever the bundle's size. That needs the
/// index itself in that order (checked as each document is read, ``documentProblem(_:after:)``),
/// which also makes every listed path distinct: a file cannot be listed, or extracted, twice.
struct ExpectedEntries {
    /// One file's bag-relative path, size and digest.
    struct Entry {
        /// The path inside the bag.
        var path: String
        /// The file's length in bytes.
        var size: Int
        /// Nil when the index's digest is not 64 lowercase hex digits: nothing can match it.
        var sha256: SHA256Bytes?

        /// An entry whose digest is given as the index writes it (lowercase hex).
        init(path: String, size: Int, sha256 hex: String) {
            self.path = path
            self.size = size
            sha256 = SHA256Bytes(hex: hex).flatMap { $0.hex == hex ? $0 : nil }
        }
    }

    /// The bundle, to name it in errors.
    private let reader: BundleReader
    /// The bag directory, under which every listed path must be safe.
    private let bagName: String
    /// The index's next document.
    private var cursor: IndexCursor
    /// The rest of the tag files or of the current document.
    private var pending: ArraySlice<Entry>
    /// The index, lookup table and tag manifest; nil once handed to `pending`.
    private var trailing: [Entry]?
    /// The last document's id, which the next one must exceed.
    private var lastID: UInt64?
    /// Entries handed out so far: the next one's position in the bundle's order.
    private(set) var count = 0

    /// The entries of the bundle whose index `scanner` reads, ending with `trailing`; refuses an
    /// index whose tag files are not the three BagIt tag files in order.
    init(reader: BundleReader, scanner: IndexScanner, trailing: [Entry]) throws(GazetteError) {
        self.reader = reader
        bagName = scanner.header.bundle
        cursor = IndexCursor(scanner)
        self.trailing = trailing
        let tags = scanner.header.tagFiles
        if let problem = Self.tagFilesProblem(tags) { throw GazetteError(.unsafeEntry, problem, file: reader.path.description) }
        pending = tags.map { Entry(path: $0.path, size: $0.size, sha256: $0.sha256) }[...]
    }

    /// The next file the bundle must hold, or nil after the tag manifest.
    mutating func next() throws(GazetteError) -> Entry? {
        while pending.isEmpty {
            if let document = try nextDocument() {
                pending = document.members.map { Entry(path: $0.path, size: $0.size, sha256: $0.sha256) }[...]
            } else if let rest = trailing {
                trailing = nil
                pending = rest[...]
            } else {
                return nil
            }
        }
        count += 1
        return pending.removeFirst()
    }

    /// How many files are still to come (reading the rest of the index to count them).
    mutating func remaining() throws(GazetteError) -> Int {
        var left = 0
        while try next() != nil { left += 1 }
        return left
    }

    /// The next document of the index, checked: its member paths safe and in the bundle's order.
    private mutating func nextDocument() throws(GazetteError) -> BundleDocument? {
        let document: BundleDocument
        do throws(IndexScanner.Malformed) {
            guard let next = try cursor.next() else { return nil }
            document = next.document
        } catch { throw reader.malformed(error) }
        let name = reader.path.description
        if let unsafe = document.members.first(where: { EntryPolicy.unsafeName(Array((bagName + "/" + $0.path).utf8)) != nil }) {
            throw GazetteError(.unsafeEntry, "the index lists an unsafe path '\(unsafe.path)'", file: name)
        }
        if let problem = Self.documentProblem(document, after: lastID) {
            throw GazetteError(.unsafeEntry, "\(Self.outOfOrder): \(problem)", file: name)
        }
        lastID = LowerHex64.value(document.id)
        return document
    }
}
