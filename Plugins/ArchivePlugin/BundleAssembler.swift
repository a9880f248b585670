import Conversion
import Crypto

/// Writes one bundle in its final layout from spooled members:
/// `bagit.txt`, `bag-info.txt`, `manifest-sha256.txt`, the payload by document id (original, json,
/// html), `index.json`,
/// `index-lookup.bin`, `tagmanifest-sha256.txt`, the end-of-archive member, the footer.
struct BundleAssembler {
    let bundle: String
    let year: Int?
    let options: BundleBuilder.Options

    func write(_ spooled: [SpooledDocument], from spool: ScratchFile, to output: ScratchFile) throws(GazetteError) {
        let documents = spooled.sorted { $0.record.id < $1.record.id }
        // By document, not by path: a document's members sit together, so a cut or a damaged region
        // costs whole documents, and every original lies next to its conversions.
        let payload = documents.flatMap(\.members)
        let payloadBytes = payload.reduce(0) { $0 + $1.size }

        var tagDigests: [(path: String, sha256: String)] = []
        var tagMembers: [BundleMember] = []
        func writeTag(_ path: String, _ data: [UInt8], stored: Bool = false) throws(GazetteError) -> BundleMember {
            var pieces = [data]
            return try writePieces(path, &pieces, stored: stored)
        }
        // Compressed piece by piece: a tag file is never also joined into one entry buffer (the index
        // has its own writer, ``writeIndex(_:to:)``, which spools it).
        func writePieces(_ path: String, _ pieces: inout [[UInt8]], stored: Bool = false) throws(GazetteError) -> BundleMember {
            let size = pieces.reduce(0) { $0 + $1.count }
            var hasher = SHA256()
            for piece in pieces { hasher.update(data: piece) }
            let header = TarHeader.encodeFile(name: bundle + "/" + path, size: size, mtime: options.epoch)
            let padding = [UInt8](repeating: 0, count: TarHeader.padding(size))
            let gzip: [UInt8]
            if stored {
                gzip = GzipMember.stored(header + pieces.joined() + padding)
            } else {
                gzip = try GzipMember.compress(pieces: [header] + pieces + [padding], level: options.level)
            }
            pieces = []
            let offset = try output.append(gzip)
            let member = BundleMember(role: .tag, path: path, offset: offset, compressedSize: gzip.count,
                                      size: size, sha256: SHA256Hex.hex(hasher.finalize()))
            tagDigests.append((path, member.sha256))
            return member
        }

        tagMembers.append(try writeTag(BundleFormat.bagitPath, BagTags.bagitText))
        tagMembers.append(try writeTag(BundleFormat.bagInfoPath, BagTags.bagInfo(
            bundle: bundle, year: year, documents: documents.count, payloadBytes: payloadBytes,
            payloadFiles: payload.count, epoch: options.epoch, toolVersion: options.toolVersion)))
        tagMembers.append(try writeTag(BundleFormat.manifestPath, BagTags.manifest(payload.map { ($0.path, $0.sha256) })))

        // Members are written in document order, so each record's members are filled as they are
        // placed: no map from every path to its member.
        var records: [BundleDocument] = []
        records.reserveCapacity(documents.count)
        for document in documents {
            var record = document.record
            record.members = []
            for member in document.members {
                let bytes = try spool.read(at: member.spoolOffset, count: member.length)
                let offset = try output.append(bytes)
                record.members.append(BundleMember(role: member.role, path: member.path, offset: offset,
                                                   compressedSize: member.length, size: member.size, sha256: member.sha256))
            }
            records.append(record)
        }
        let index = BundleIndex(bundle: bundle, year: year, toolVersion: options.toolVersion, tagFiles: tagMembers, documents: records)
        let indexMember = try writeIndex(index, to: output)
        tagDigests.append((indexMember.path, indexMember.sha256))
        let lookupMember = try writeTag(BundleFormat.lookupPath, BundleLookup.encode(records), stored: true)
        let tagManifest = try writeTag(BundleFormat.tagManifestPath, BagTags.manifest(tagDigests))
        try output.append(try GzipMember.compress([UInt8](repeating: 0, count: 2 * TarHeader.blockSize), level: options.level))
        let footer = BundleFooter(
            index: .init(offset: indexMember.offset, length: indexMember.compressedSize),
            lookup: .init(offset: lookupMember.offset, length: lookupMember.compressedSize),
            tagManifest: .init(offset: tagManifest.offset, length: tagManifest.compressedSize))
        try output.append(footer.encoded())
    }
}
