import Conversion
import Crypto

/// Writes one bundle member, a gzip member holding one tar entry, to a scratch file as its data
/// arrives in pieces, deflated by zlib: neither the data, nor the tar entry, nor the compressed
/// member is ever held whole. Its SHA-256 is taken on the way.
///
/// Why: a member held whole cost the file, its tar entry (a copy with header and padding) and its
/// gzip bytes at once; for a large file that was the build's peak memory.
final class MemberSpooler {
    /// Where the member is written.
    let file: ScratchFile
    private let deflater: StreamingDeflater
    private let size: Int
    private let padding: [UInt8]
    private var crc: UInt32
    private var fed = 0
    private var hasher = SHA256()
    private let entryBytes: Int

    /// Starts the member of the tar entry `name` holding `size` bytes, in `file` (empty).
    init(into file: ScratchFile, name: String, size: Int, mtime: Int, level: Int32) throws(GazetteError) {
        self.file = file
        self.size = size
        deflater = try StreamingDeflater(level: level)
        let header = TarHeader.encodeFile(name: name, size: size, mtime: mtime)
        padding = [UInt8](repeating: 0, count: TarHeader.padding(size))
        entryBytes = header.count + size + padding.count
        crc = Deflater.crc32(header)
        try file.append(GzipMember.header())
        try deflater.feed(header, finish: false, emit: emit)
    }

    /// Takes the next piece of the data, at most ``ScratchFile/chunkSize`` bytes: the deflater
    /// holds its output for one piece until the piece is used up.
    func feed(_ piece: UnsafeRawBufferPointer) throws(GazetteError) {
        fed += piece.count
        guard fed <= size else { throw GazetteError(.internal, "member fed \(fed) bytes, more than its \(size)") }
        hasher.update(bufferPointer: piece)
        crc = Deflater.crc32(piece, continuing: crc)
        try deflater.feed(Array(piece), finish: false, emit: emit)
    }

    /// Feeds every byte of `data`, piece by piece.
    func feed(all data: [UInt8]) throws(GazetteError) {
        var start = 0
        while start < data.count {
            let end = min(data.count, start + ScratchFile.chunkSize)
            // withUnsafeBytes rethrows untyped: the error is carried out as a Result.
            let fed = data.withUnsafeBytes { raw in
                Result { () throws(GazetteError) in try feed(UnsafeRawBufferPointer(rebasing: raw[start..<end])) }
            }
            try fed.get()
            start = end
        }
    }

    /// Ends the member; returns the SHA-256 of the data fed, which must be all `size` bytes.
    func finish() throws(GazetteError) -> String {
        guard fed == size else { throw GazetteError(.internal, "member fed \(fed) bytes of its \(size)") }
        crc = Deflater.crc32(padding, continuing: crc)
        try deflater.feed(padding, finish: true, emit: emit)
        try file.append(GzipMember.trailer(crc: crc, size: entryBytes))
        try file.flush()
        return SHA256Hex.hex(hasher.finalize())
    }

    private func emit(_ chunk: [UInt8]) throws(GazetteError) {
        try file.append(chunk)
    }
}
