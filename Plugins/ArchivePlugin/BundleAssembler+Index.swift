import Conversion
import Crypto

extension BundleAssembler {
    /// Bytes of the spooled index read and compressed at a time.
    static let indexChunk = 1 << 20

    /// Writes `index.json` as one member: encoded document by document into a spool file beside
    /// the output (its size goes in the tar header before its bytes), then compressed from the
    /// spool straight into the bundle.
    ///
    /// Why: the index of a bundle of ~68,000 documents is ~58 MB of JSON; holding its pieces and
    /// then its compressed member in memory was the largest single item of a build's peak RSS.
    /// The member's bytes are the same as compressing the pieces in memory.
    func writeIndex(_ index: BundleIndex, to output: ScratchFile) throws(GazetteError) -> BundleMember {
        let spool = try ScratchFile(FilePath(bytes: output.path.bytes + Array(".index".utf8)))
        var hasher = SHA256()
        var size = 0
        do {
            try index.forEachEncodedPiece { piece in
                hasher.update(data: piece)
                size += piece.count
                try spool.append(piece)
            }
        } catch let error as GazetteError {
            throw error
        } catch {
            throw GazetteError(.internal, "cannot encode the index: \(error)")
        }
        let header = TarHeader.encodeFile(name: bundle + "/" + BundleFormat.indexPath, size: size, mtime: options.epoch)
        let padding = [UInt8](repeating: 0, count: TarHeader.padding(size))
        let offset = try output.append(GzipMember.header())
        let deflater = try StreamingDeflater(level: options.level)
        let emit = { (chunk: [UInt8]) throws(GazetteError) -> Void in _ = try output.append(chunk) }
        var crc = Deflater.crc32(header)
        try deflater.feed(header, finish: false, emit: emit)
        var position = 0
        while position < size {
            let chunk = try spool.read(at: position, count: min(Self.indexChunk, size - position))
            crc = Deflater.crc32(chunk, continuing: crc)
            try deflater.feed(chunk, finish: false, emit: emit)
            position += chunk.count
        }
        crc = Deflater.crc32(padding, continuing: crc)
        try deflater.feed(padding, finish: true, emit: emit)
        try output.append(GzipMember.trailer(crc: crc, size: header.count + size + padding.count))
        return BundleMember(role: .tag, path: BundleFormat.indexPath, offset: offset, compressedSize: output.size - offset,
                            size: size, sha256: SHA256Hex.hex(hasher.finalize()))
    }
}
