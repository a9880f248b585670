import Conversion
import Crypto

/// Writes one bundle in its final layout from spooled members:
/// `bagit.txt`, `bag-info.txt`, `manifest-sha256.txt`, the payload by document id (original, json,
/// html), `index.json`, `index-lookup.bin`, `tagmanifest-sha256.txt`, the end-of-archive member,
/// the footer.
///
/// The large tag files (manifest, index, lookup table: ~300 bytes a document) are written to spool
/// files first and compressed from them in chunks (``writeSpooled(_:from:stored:)``), and each
/// document is read back from the build's document spool when its turn comes, so memory holds only
/// the year's 16-byte ``BuildSpool/Key``s, whatever the number of documents.
struct BundleAssembler {
    let bundle: String
    let year: Int?
    let options: BundleBuilder.Options
    /// Collects each tag file's path and digest for `tagmanifest-sha256.txt`.
    let tagDigests = TagDigests()

    /// Tag files written so far, in order; a class so the writers can append to it.
    final class TagDigests {
        var entries: [(path: String, sha256: String)] = []
    }

    /// Sorts the year's documents by id in place and writes the bundle.
    func write(_ spooled: BuildSpool.Year, records: BuildSpool, to output: ScratchFile) throws(GazetteError) {
        // By document, not by path: a document's members sit together, so a cut or a damaged region
        // costs whole documents, and every original lies next to its conversions.
        spooled.keys.sort { $0.id < $1.id }
        let keys = spooled.keys, spool = spooled.file, payload = spooled.payload
        var tagMembers: [BundleMember] = []
        tagMembers.append(try writeTag(BundleFormat.bagitPath, BagTags.bagitText, to: output))
        tagMembers.append(try writeTag(BundleFormat.bagInfoPath, BagTags.bagInfo(
            bundle: bundle, year: year, documents: keys.count, payloadBytes: payload.bytes,
            payloadFiles: payload.files, epoch: options.epoch, toolVersion: options.toolVersion), to: output))
        tagMembers.append(try writeSpooled(BundleFormat.manifestPath, from: try manifest(keys, records, beside: output), to: output))

        // Members are written in document order; each document's index element and lookup record
        // are spooled as its members are placed.
        let index = try ScratchFile(FilePath(bytes: output.path.bytes + Array(".index".utf8)), naming: .unlinked)
        let lookup = try ScratchFile(FilePath(bytes: output.path.bytes + Array(".lookup".utf8)), naming: .unlinked)
        let frame = BundleIndex(bundle: bundle, year: year, toolVersion: options.toolVersion, tagFiles: tagMembers, documents: [])
        let encoder = BundleIndex.encoder()
        guard let (prefix, suffix) = try encoding({ try frame.frame() }) else { throw GazetteError(.internal, "unexpected index layout") }
        try index.append(prefix)
        for (position, key) in keys.enumerated() {
            let document = try records.document(key)
            var record = try records.record(of: document)
            for role in BundleFormat.payloadRoles {
                guard let member = document.member(role) else { continue }
                let offset = try output.append(from: spool, at: member.spoolOffset, count: member.length)
                record.members.append(BundleMember(role: role, path: document.path(role), offset: offset,
                                                   compressedSize: member.length, size: member.size, sha256: member.digest.hex))
            }
            if position > 0 { try index.append(CollectionOfOne(UInt8(ascii: ","))) }
            try index.append(try encoding { try encoder.encode(record) })
            // Build refuses members a record cannot hold (BundleBuilder.prepare), so this is a bug.
            guard let records = BundleLookup.encode([record]) else {
                throw GazetteError(.internal, "document \(record.id) has a member too large for index-lookup.bin")
            }
            try lookup.append(records)
        }
        try index.append(suffix)
        let indexMember = try writeSpooled(BundleFormat.indexPath, from: index, to: output)
        let lookupMember = try writeSpooled(BundleFormat.lookupPath, from: lookup, stored: true, to: output)
        let tagManifest = try writeTag(BundleFormat.tagManifestPath, BagTags.manifest(tagDigests.entries), to: output)
        try output.append(try GzipMember.compress([UInt8](repeating: 0, count: 2 * TarHeader.blockSize), level: options.level))
        let footer = BundleFooter(
            index: .init(offset: indexMember.offset, length: indexMember.compressedSize),
            lookup: .init(offset: lookupMember.offset, length: lookupMember.compressedSize),
            tagManifest: .init(offset: tagManifest.offset, length: tagManifest.compressedSize))
        try output.append(footer.encoded())
    }

    /// `manifest-sha256.txt` spooled beside the output: its lines sorted by path are all `html`,
    /// then all `json`, then all `original` members, each run in id order, so no sort is needed.
    private func manifest(_ keys: [BuildSpool.Key], _ records: BuildSpool, beside output: ScratchFile) throws(GazetteError) -> ScratchFile {
        let file = try ScratchFile(FilePath(bytes: output.path.bytes + Array(".manifest".utf8)), naming: .unlinked)
        for role in BundleFormat.payloadRoles.sorted(by: { $0.rawValue < $1.rawValue }) {
            for key in keys {
                let document = try records.document(key)
                guard let member = document.member(role) else { continue }
                try file.append(Array(member.digest.hex.utf8) + [0x20, 0x20] + Array(document.path(role).utf8) + [0x0A])
            }
        }
        return file
    }

    /// Runs an encoder call, turning its error into a GazetteError.
    private func encoding<T>(_ body: () throws -> T) throws(GazetteError) -> T {
        do { return try body() } catch { throw GazetteError(.internal, "cannot encode the index: \(error)") }
    }
}
