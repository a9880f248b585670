import Conversion
import Crypto

extension BundleBuilder {
    /// An original-only document for a large input no reader can take, prepared without holding
    /// the file: nil when the file must be read whole because a reader may convert it.
    ///
    /// Why: prepare held each input about four times over (its bytes, the tar entry, the gzip
    /// member, a copy in flight): a 1 GB attachment peaked at 3.9 GB, far past the promise of
    /// 200 MB whatever the corpus. A file whose leading bytes carry a binary signature (ZIP, PDF,
    /// an image, a NUL byte) is refused by every reader from those bytes alone, exactly as it would
    /// be whole, so it is read twice in chunks instead: once for its SHA-256 (the id names its tar
    /// entry, which comes first), once to deflate it into a scratch file with zlib, checking the
    /// digest again. Same inputs, same bytes: zlib's output does not depend on the chunking.
    func prepareStreamed(_ file: InputFile, size: Int) throws(GazetteError) -> PreparedDocument? {
        let name = file.path.description
        let sourceName = file.path.lastComponent
        let prefix = try FileIO.readPrefix(file.path, maximumLength: InputSample.maximumLength)
        let sample = InputSample(bytes: prefix.bytes, fileName: sourceName.display, totalByteCount: size)
        // Any other answer may depend on the encoding detected over the whole file: read it whole.
        guard let refusal = registry.binaryRefusal(sample, file: name) else { return nil }
        let sha256 = try Self.digest(file.path, size: size)
        let id = String(sha256.prefix(BundleFormat.idLength))
        var record = Self.record(id: id, file: file)
        record.year = options.year ?? Self.yearFromPath(file.path)
        record.conversionError = Self.reason(refusal)
        let path = BundleFormat.memberPath(role: .original, id: id, originalExtension: BundleFormat.originalExtension(format: ""))
        let spooler = try MemberSpooler(into: try scratch("member", year: record.year, naming: .unlinked),
                                        name: BundleFormat.bundleName(year: record.year) + "/" + path, size: size, mtime: options.epoch, level: options.level)
        try FileIO.forEachChunk(file.path, chunkSize: ScratchFile.chunkSize, expecting: size) { chunk throws(GazetteError) in try spooler.feed(chunk) }
        guard try spooler.finish() == sha256 else {
            throw GazetteError(.unreadable, "changed while it was read (its SHA-256 differs between two reads)", file: name)
        }
        let gzip = spooler.file
        // Within a few bytes a KB of the limit, the compressed member can pass it: refused.
        if gzip.size > options.maximumMemberSize { throw tooLarge("its original gzip member is", gzip.size) }
        let member = PreparedDocument.Member(role: .original, path: path, gzip: .spooled(gzip), size: size, sha256: sha256)
        return PreparedDocument(record: record, sha256: sha256, bundleYear: record.year, members: [member],
                                bytesIn: size, conversionFailure: refusal.naming(name))
    }

    /// The SHA-256 of a file of `size` bytes, read in chunks.
    private static func digest(_ path: FilePath, size: Int) throws(GazetteError) -> String {
        var hasher = SHA256()
        try FileIO.forEachChunk(path, expecting: size) { chunk in hasher.update(bufferPointer: chunk) }
        return SHA256Hex.hex(hasher.finalize())
    }
}
