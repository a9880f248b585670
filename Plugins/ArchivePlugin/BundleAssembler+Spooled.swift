import Conversion
import Crypto

extension BundleAssembler {
    /// Writes a small tag file held in memory as one member, piece by piece as it is compressed.
    func writeTag(_ path: String, _ data: [UInt8], to output: ScratchFile) throws(GazetteError) -> BundleMember {
        let header = TarHeader.encodeFile(name: bundle + "/" + path, size: data.count, mtime: options.epoch)
        let padding = [UInt8](repeating: 0, count: TarHeader.padding(data.count))
        let offset = output.size
        try GzipMember.write(pieces: [header, data, padding], level: options.level, stored: false) { chunk throws(GazetteError) in
            _ = try output.append(chunk)
        }
        return tagMember(path, offset: offset, end: output.size, size: data.count, sha256: SHA256Hex.digest(data))
    }

    /// Writes a tag file spooled to `spool` as one member, read back and compressed in 1 MB chunks
    /// (or, `stored`, in stored deflate blocks: the lookup table), so neither the file nor its
    /// member is ever held whole.
    ///
    /// Why: the manifest, index and lookup table of a bundle of ~68,000 documents are 20, 58 and
    /// 10 MB, and grow with the number of documents. The member's bytes are the same as compressing
    /// the whole file at once: zlib's output does not depend on how its input is split.
    func writeSpooled(_ path: String, from spool: ScratchFile, stored: Bool = false, to output: ScratchFile) throws(GazetteError) -> BundleMember {
        let size = spool.size
        let header = TarHeader.encodeFile(name: bundle + "/" + path, size: size, mtime: options.epoch)
        let padding = [UInt8](repeating: 0, count: TarHeader.padding(size))
        let emit = { (chunk: [UInt8]) throws(GazetteError) -> Void in _ = try output.append(chunk) }
        let feed: ([UInt8], Bool) throws(GazetteError) -> Void
        if stored {
            let blocks = StoredBlockWriter(total: header.count + size + padding.count)
            feed = { bytes, _ throws(GazetteError) in try blocks.feed(bytes, emit: emit) }
        } else {
            let deflater = try StreamingDeflater(level: options.level)
            feed = { bytes, finish throws(GazetteError) in try deflater.feed(bytes, finish: finish, emit: emit) }
        }
        let offset = try output.append(GzipMember.header())
        var hasher = SHA256()
        var crc = Deflater.crc32(header)
        try feed(header, false)
        try spool.forEachChunk { chunk throws(GazetteError) in
            hasher.update(data: chunk)
            crc = Deflater.crc32(chunk, continuing: crc)
            try feed(chunk, false)
        }
        crc = Deflater.crc32(padding, continuing: crc)
        try feed(padding, true)
        try output.append(GzipMember.trailer(crc: crc, size: header.count + size + padding.count))
        return tagMember(path, offset: offset, end: output.size, size: size, sha256: SHA256Hex.hex(hasher.finalize()))
    }

    /// The member just written, its digest noted for the tag manifest.
    private func tagMember(_ path: String, offset: Int, end: Int, size: Int, sha256: String) -> BundleMember {
        tagDigests.entries.append((path, sha256))
        return BundleMember(role: .tag, path: path, offset: offset, compressedSize: end - offset, size: size, sha256: sha256)
    }
}
