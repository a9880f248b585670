import Conversion
import Crypto

/// What extraction expects: every file's size and digest, from an index whose own digest is
/// checked against the tag manifest before anything is trusted.
///
/// Held compactly (paths packed, digests as 32 bytes, the index and lookup table read back from
/// scratch files), because it has one entry per file of the bundle: as Strings it was ~1.5 KB a
/// document, the largest thing extract held.
struct ExtractionPlan {
    /// One file's expected size and digest, and whether it has been extracted.
    struct Expected {
        var size: Int
        /// Nil when the index's digest is not 64 lowercase hex digits: nothing can match it.
        var sha256: SHA256Bytes?
        var done = false
    }

    let bagName: String
    /// Bag-relative path -> expected size and digest.
    var files: [PackedPath: Expected] = [:]
    /// The most one member may inflate to.
    var largestMember = 0
    /// The most the whole bundle may inflate to.
    var totalLimit = 0

    init(bundle: FilePath) throws(GazetteError) {
        let reader = try BundleReader(bundle)
        let name = bundle.description
        let index = try reader.spooledIndex()
        let scanner = try reader.scanIndex(IndexBytes(file: index))
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
        // Sized once from the lookup table (a record a document, up to three members each): a
        // table grown by doubling briefly holds both its old and new storage. Capped by the index
        // (a member takes over 100 bytes of it), so a lying lookup table cannot reserve more.
        files.reserveCapacity(min(lookup.size / BundleLookup.recordSize * 3, index.size / 100) + 8)
        // Document by document: only each member's path, size and digest are kept.
        var unsafe: String?
        func expect(_ path: String, size: Int, sha256: String) {
            let digest = SHA256Bytes(hex: sha256).flatMap { $0.hex == sha256 ? $0 : nil }
            files[PackedPath(path)] = Expected(size: size, sha256: digest)
        }
        func admit(_ member: BundleMember) -> Bool {
            guard EntryPolicy.unsafeName(Array((bagName + "/" + member.path).utf8)) == nil else { unsafe = member.path; return false }
            expect(member.path, size: member.size, sha256: member.sha256)
            return true
        }
        for tag in scanner.header.tagFiles where !admit(tag) { break }
        if unsafe == nil {
            try reader.forEachDocument(of: scanner) { document in document.members.allSatisfy(admit) }
        }
        if let unsafe { throw GazetteError(.unsafeEntry, "the index lists an unsafe path '\(unsafe)'", file: name) }
        expect(BundleFormat.indexPath, size: index.size, sha256: indexDigest)
        expect(BundleFormat.lookupPath, size: lookup.size, sha256: lookupDigest)
        expect(BundleFormat.tagManifestPath, size: tags.data.count, sha256: SHA256Hex.digest(tags.data))
        largestMember = MemberDecoder.limit(forFileSize: files.values.map(\.size).max() ?? 0) + 2 * TarHeader.blockSize
        totalLimit = files.values.reduce(0) { $0 + MemberDecoder.limit(forFileSize: $1.size) } + 4 * TarHeader.blockSize
    }

    /// The SHA-256 (hex) of a scratch file's bytes, read back 1 MB at a time.
    private static func digest(of file: ScratchFile) throws(GazetteError) -> String {
        var hasher = SHA256()
        try file.forEachChunk { hasher.update(data: $0) }
        return SHA256Hex.hex(hasher.finalize())
    }
}
