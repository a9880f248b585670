import Conversion
import Crypto

/// What extraction expects, from an index whose own digest is checked against the tag manifest
/// before anything is trusted: the bag's name, the inflation caps, and the files in order
/// (``entries()``).
///
/// Nothing per file is kept: the index stays in a scratch file and is walked again beside the
/// bundle's entries. One pass over it here checks every listed path and order and sizes the caps.
struct ExtractionPlan {
    /// The bag directory the index names (checked to be one safe name).
    let bagName: String
    /// The most one member may inflate to.
    let largestMember: Int
    /// The most the whole bundle may inflate to.
    let totalLimit: Int
    /// The bundle, open.
    let reader: BundleReader
    /// The index, spooled to a scratch file, with its header decoded.
    private let scanner: IndexScanner
    /// The index, lookup table and tag manifest as they were read and hashed here.
    private let trailing: [ExpectedEntries.Entry]

    /// Reads the footer, the index, the lookup table and the tag manifest, checks them, and walks the index once.
    init(bundle: FilePath) throws(GazetteError) {
        reader = try BundleReader(bundle)
        let name = bundle.description
        let index = try reader.spooledIndex()
        scanner = try reader.scanIndex(IndexBytes(file: index))
        let lookup = try MemberDecoder.spool(reader.file, span: (reader.footer.lookup.offset, reader.footer.lookup.length),
                                             limit: MemberDecoder.limit(forFileSize: index.size), expecting: BundleFormat.lookupPath)
        let tags = try reader.member(reader.footer.tagManifest, limit: 1 << 20, expecting: BundleFormat.tagManifestPath)
        let indexDigest = try Self.digest(of: index), lookupDigest = try Self.digest(of: lookup)
        guard let tagLines = BagTags.parseManifest(tags.data),
              tagLines[BundleFormat.indexPath] == indexDigest, tagLines[BundleFormat.lookupPath] == lookupDigest
        else {
            throw GazetteError(.bundleDamaged, "index.json or the lookup table does not match tagmanifest-sha256.txt; run gazette archive verify", file: name)
        }
        bagName = scanner.header.bundle
        guard EntryPolicy.unsafeName(Array((bagName + "/x").utf8)) == nil, !bagName.contains("/") else {
            throw GazetteError(.unsafeEntry, "the index names an unsafe bag directory '\(bagName)'", file: name)
        }
        trailing = [.init(path: BundleFormat.indexPath, size: index.size, sha256: indexDigest),
                    .init(path: BundleFormat.lookupPath, size: lookup.size, sha256: lookupDigest),
                    .init(path: BundleFormat.tagManifestPath, size: tags.data.count, sha256: SHA256Hex.digest(tags.data))]
        var entries = try ExpectedEntries(reader: reader, scanner: scanner, trailing: trailing)
        var largest = 0, total = 0
        while let entry = try entries.next() {
            largest = max(largest, entry.size)
            total = total.addingClamped(MemberDecoder.limit(forFileSize: entry.size))
        }
        largestMember = MemberDecoder.limit(forFileSize: largest) + 2 * TarHeader.blockSize
        totalLimit = total.addingClamped(4 * TarHeader.blockSize)
    }

    /// The files the bundle must hold, from the first, in the order its entries come.
    func entries() throws(GazetteError) -> ExpectedEntries {
        try ExpectedEntries(reader: reader, scanner: scanner, trailing: trailing)
    }

    /// The position of `path` (bag-relative) in ``entries()``, or nil when the index does not list it.
    ///
    /// Reads the index again from the start: only a refused entry asks, to say why it is refused.
    func position(of path: String) throws(GazetteError) -> Int? {
        var entries = try entries()
        while let entry = try entries.next() {
            if entry.path == path { return entries.count - 1 }
        }
        return nil
    }

    /// Why an entry that is not the next expected file is refused: one with the path of the entry
    /// before it, or of a file listed before `position` (the next expected file's: everything
    /// before it was extracted already), appears twice; one the index does not list is not listed;
    /// one listed later is out of order.
    func misplaced(_ entryName: String, previous: String?, expected: ExpectedEntries.Entry?, position: Int) throws(GazetteError) -> String {
        let path = entryName.hasPrefix(bagName + "/") ? BundleReader.bagRelative(entryName) : nil
        if let path, path == previous { return "entry \(entryName) appears twice" }
        guard let path, let listed = try self.position(of: path) else { return "entry \(entryName) is not listed in the bundle's index" }
        if listed < position { return "entry \(entryName) appears twice" }
        return "entry \(entryName) is out of the bundle's order (expected \(expected.map { bagName + "/" + $0.path } ?? "the end"))"
    }

    /// The SHA-256 (hex) of a scratch file's bytes, read back 1 MB at a time.
    private static func digest(of file: ScratchFile) throws(GazetteError) -> String {
        var hasher = SHA256()
        try file.forEachChunk { hasher.update(data: $0) }
        return SHA256Hex.hex(hasher.finalize())
    }
}
