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

    /// Sorts `documents` by id in place (a sorted copy of every record cost ~14 MB at the peak)
    /// and writes the bundle.
    func write(_ documents: inout [SpooledDocument], from spool: ScratchFile, to output: ScratchFile) throws(GazetteError) {
        documents.sort { $0.record.id < $1.record.id }
        // By document, not by path: a document's members sit together, so a cut or a damaged region
        // costs whole documents, and every original lies next to its conversions.
        let payloadBytes = documents.reduce(0) { $0 + $1.members.reduce(0) { $0 + $1.size } }
        let payloadFiles = documents.reduce(0) { $0 + $1.members.count }

        var tagDigests: [(path: String, sha256: String)] = []
        var tagMembers: [BundleMember] = []
        func writeTag(_ path: String, _ data: [UInt8], stored: Bool = false) throws(GazetteError) -> BundleMember {
            var pieces = [data]
            return try writePieces(path, &pieces, stored: stored)
        }
        // Written piece by piece as it is compressed: a tag file is never also joined into one entry
        // buffer nor held as a whole member (the index has its own writer, ``writeIndex(_:to:)``).
        func writePieces(_ path: String, _ pieces: inout [[UInt8]], stored: Bool = false) throws(GazetteError) -> BundleMember {
            let size = pieces.reduce(0) { $0 + $1.count }
            var hasher = SHA256()
            for piece in pieces { hasher.update(data: piece) }
            let header = TarHeader.encodeFile(name: bundle + "/" + path, size: size, mtime: options.epoch)
            let padding = [UInt8](repeating: 0, count: TarHeader.padding(size))
            let offset = output.size
            try GzipMember.write(pieces: [header] + pieces + [padding], level: options.level, stored: stored) { chunk throws(GazetteError) in
                _ = try output.append(chunk)
            }
            pieces = []
            let member = BundleMember(role: .tag, path: path, offset: offset, compressedSize: output.size - offset,
                                      size: size, sha256: SHA256Hex.hex(hasher.finalize()))
            tagDigests.append((path, member.sha256))
            return member
        }

        tagMembers.append(try writeTag(BundleFormat.bagitPath, BagTags.bagitText))
        tagMembers.append(try writeTag(BundleFormat.bagInfoPath, BagTags.bagInfo(
            bundle: bundle, year: year, documents: documents.count, payloadBytes: payloadBytes,
            payloadFiles: payloadFiles, epoch: options.epoch, toolVersion: options.toolVersion)))
        tagMembers.append(try writeTag(BundleFormat.manifestPath, BagTags.manifest(documents.flatMap { $0.members.map { ($0.path, $0.sha256) } })))

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
