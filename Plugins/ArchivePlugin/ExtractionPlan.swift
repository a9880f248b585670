import Conversion

/// What extraction expects: every file's size and digest, from an index whose own digest is
/// checked against the tag manifest before anything is trusted.
struct ExtractionPlan {
    struct Expected {
        var size: Int
        var sha256: String
    }

    let bagName: String
    /// Bag-relative path -> expected size and digest.
    var files: [String: Expected] = [:]
    /// The most one member may inflate to.
    var largestMember = 0
    /// The most the whole bundle may inflate to.
    var totalLimit = 0

    init(bundle: FilePath) throws(GazetteError) {
        let reader = try BundleReader(bundle)
        let name = bundle.description
        let indexEntry = try reader.member(reader.footer.index, limit: BundleReader.maximumIndexSize, expecting: BundleFormat.indexPath)
        let scanner = try reader.scanIndex(indexEntry.data)
        let lookup = try reader.member(reader.footer.lookup, limit: MemberDecoder.limit(forFileSize: indexEntry.data.count),
                                       expecting: BundleFormat.lookupPath)
        let tags = try reader.member(reader.footer.tagManifest, limit: 1 << 20, expecting: BundleFormat.tagManifestPath)
        guard let tagLines = BagTags.parseManifest(tags.data),
              tagLines[BundleFormat.indexPath] == SHA256Hex.digest(indexEntry.data),
              tagLines[BundleFormat.lookupPath] == SHA256Hex.digest(lookup.data)
        else {
            throw GazetteError(.bundleDamaged, "index.json or the lookup table does not match tagmanifest-sha256.txt; run gazette archive verify", file: name)
        }
        bagName = scanner.header.bundle
        guard EntryPolicy.unsafeName(Array((bagName + "/x").utf8)) == nil, !bagName.contains("/") else {
            throw GazetteError(.unsafeEntry, "the index names an unsafe bag directory '\(bagName)'", file: name)
        }
        // Document by document: only each member's path, size and digest are kept.
        var unsafe: String?
        func admit(_ member: BundleMember) -> Bool {
            guard EntryPolicy.unsafeName(Array((bagName + "/" + member.path).utf8)) == nil else { unsafe = member.path; return false }
            files[member.path] = Expected(size: member.size, sha256: member.sha256)
            return true
        }
        for tag in scanner.header.tagFiles where !admit(tag) { break }
        if unsafe == nil {
            do throws(IndexScanner.Malformed) {
                try scanner.forEachDocument { document in document.members.allSatisfy(admit) }
            } catch { throw reader.malformed(error) }
        }
        if let unsafe { throw GazetteError(.unsafeEntry, "the index lists an unsafe path '\(unsafe)'", file: name) }
        files[BundleFormat.indexPath] = Expected(size: indexEntry.data.count, sha256: SHA256Hex.digest(indexEntry.data))
        files[BundleFormat.lookupPath] = Expected(size: lookup.data.count, sha256: SHA256Hex.digest(lookup.data))
        files[BundleFormat.tagManifestPath] = Expected(size: tags.data.count, sha256: SHA256Hex.digest(tags.data))
        largestMember = MemberDecoder.limit(forFileSize: files.values.map(\.size).max() ?? 0) + 2 * TarHeader.blockSize
        totalLimit = files.values.reduce(0) { $0 + MemberDecoder.limit(forFileSize: $1.size) } + 4 * TarHeader.blockSize
    }
}
