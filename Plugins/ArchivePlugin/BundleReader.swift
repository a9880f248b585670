import Conversion

/// Random access to a bundle: the footer, the index, and one document's member by offset.
public final class BundleReader {
    /// The bundle's path.
    public let path: FilePath
    let file: BundleFile
    let footer: BundleFooter
    /// Zero bytes after the footer (padding added in transfer), skipped; 0 as gazette writes a
    /// bundle. Callers say so in a warning: the file is not as written.
    public let trailingPadding: Int

    /// The largest index accepted, so a lying footer cannot make the reader allocate without bound.
    static let maximumIndexSize = 1 << 30

    /// Opens a bundle and reads its footer.
    public init(_ path: FilePath) throws(GazetteError) {
        self.path = path
        file = try BundleFile(path)
        do {
            (footer, trailingPadding) = try BundleFooter.locate(in: file)
        } catch { throw error.naming(path.description) }
    }

    /// The bundle's size in bytes.
    public var size: Int { file.size }

    /// Where the footer member starts: the end of the archive's members.
    var footerOffset: Int { file.size - trailingPadding - BundleFooter.length }

    /// Reads and decodes `index.json` through the footer (every document in memory).
    public func index() throws(GazetteError) -> BundleIndex {
        try decodeIndex(try indexBytes())
    }

    /// The bytes of `index.json`, found through the footer.
    public func indexBytes() throws(GazetteError) -> [UInt8] {
        try member(footer.index, limit: Self.maximumIndexSize, expecting: BundleFormat.indexPath).data
    }

    /// Decodes the index's documents one at a time, handing each to `body` and keeping none;
    /// returns the index's other fields (its `documents` empty). The index is inflated into a
    /// scratch file and read through a bounded window, so memory does not grow with the bundle.
    @discardableResult
    public func forEachIndexedDocument(_ body: (BundleDocument) -> Void) throws(GazetteError) -> BundleIndex {
        let scanner = try scanIndex(IndexBytes(file: try spooledIndex()))
        try forEachDocument(of: scanner) { body($0); return true }
        return scanner.header
    }

    /// `index.json` inflated into an anonymous scratch file (checked like ``indexBytes()``).
    func spooledIndex() throws(GazetteError) -> ScratchFile {
        try MemberDecoder.spool(file, span: (footer.index.offset, footer.index.length), limit: Self.maximumIndexSize,
                                expecting: BundleFormat.indexPath)
    }

    /// Checks that `index.json` parses, then hands its bytes to `body` in pieces of at most 1 MB:
    /// `list --json` prints a bundle's index of any size without holding it.
    public func streamIndex(_ body: ([UInt8]) -> Void) throws(GazetteError) {
        let spooled = try spooledIndex()
        try forEachDocument(of: try scanIndex(IndexBytes(file: spooled))) { _ in true }
        try spooled.forEachChunk { body($0) }
    }

    func decodeIndex(_ bytes: [UInt8]) throws(GazetteError) -> BundleIndex {
        let scanner = try scanIndex(bytes)
        var index = scanner.header
        do throws(IndexScanner.Malformed) { index.documents = try scanner.documents() } catch { throw malformed(error) }
        return index
    }

    func scanIndex(_ bytes: [UInt8]) throws(GazetteError) -> IndexScanner {
        try scanIndex(IndexBytes(bytes))
    }

    /// A scanner over the index's bytes, in memory or spooled; a malformed index names the bundle.
    func scanIndex(_ source: IndexBytes) throws(GazetteError) -> IndexScanner {
        do throws(IndexScanner.Malformed) { return try IndexScanner(source) } catch { throw malformed(error) }
    }

    /// Hands each document to `body` until it returns false; a malformed element names the bundle.
    func forEachDocument(of scanner: IndexScanner, _ body: (BundleDocument) -> Bool) throws(GazetteError) {
        do throws(IndexScanner.Malformed) { try scanner.forEachDocument(body) } catch { throw malformed(error) }
    }

    /// A malformed index names the bundle, the index member's offset and the byte inside the index.
    func malformed(_ error: IndexScanner.Malformed) -> GazetteError {
        GazetteError(.bundleDamaged, "index.json is malformed at byte \(error.offset) of the index: \(error.reason)",
                     file: path.description, byteOffset: footer.index.offset)
    }

    /// Inflates the member at `span` and checks that it holds the bag file `expecting` (bag-relative).
    func member(_ span: BundleFooter.Span, limit: Int, expecting: String) throws(GazetteError) -> MemberDecoder.Entry {
        let bytes = try file.read(at: span.offset, count: span.length)
        let entry = try MemberDecoder.entry(bytes, limit: limit, file: path.description, offset: span.offset)
        guard Self.bagRelative(entry.name) == expecting else {
            throw GazetteError(.bundleDamaged, "expected \(expecting) but found \(entry.name)", file: path.description, byteOffset: span.offset)
        }
        return entry
    }

    /// The path inside the bag (without the top-level directory), or nil for a name outside one.
    static func bagRelative(_ name: String) -> String? {
        guard let slash = name.firstIndex(of: "/") else { return nil }
        return String(name[name.index(after: slash)...])
    }
}
