import Conversion

/// Stored (uncompressed) deflate blocks over bytes fed in pieces of any size: the same blocks as
/// ``GzipMember/stored(_:blockSize:)`` of the joined bytes, with at most one block buffered.
///
/// Why: the lookup table must be in stored blocks so `show` can compute where a record sits, and
/// it grows with the number of documents, so it is written from its spool without being joined.
final class StoredBlockWriter {
    private let total: Int
    private let blockSize: Int
    private var pending: [UInt8] = []
    private var written = 0

    /// A writer for exactly `total` payload bytes (the last block is marked final).
    init(total: Int, blockSize: Int = GzipMember.storedBlockSize) {
        self.total = total
        self.blockSize = blockSize
        pending.reserveCapacity(blockSize)
    }

    /// Takes more payload; emits every block completed. The block holding the last byte of
    /// `total` is emitted as soon as it is complete, marked final.
    func feed(_ bytes: [UInt8], emit: ([UInt8]) throws(GazetteError) -> Void) throws(GazetteError) {
        guard !bytes.isEmpty else { return }
        guard written < total else { throw GazetteError(.internal, "stored member fed past its declared length") }
        var start = 0
        repeat {
            let blockLength = min(blockSize, total - written)
            let take = min(bytes.count - start, blockLength - pending.count)
            pending += bytes[start..<(start + take)]
            start += take
            if pending.count == blockLength {
                try emitBlock(emit)
                if written == total { break }
            }
        } while start < bytes.count
        guard start == bytes.count else { throw GazetteError(.internal, "stored member fed past its declared length") }
    }

    private func emitBlock(_ emit: ([UInt8]) throws(GazetteError) -> Void) throws(GazetteError) {
        let length = UInt16(pending.count)
        written += pending.count
        var block: [UInt8] = [written == total ? 1 : 0,  // BFINAL, BTYPE = 00 (stored)
                              UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        block.reserveCapacity(5 + pending.count)
        block += pending
        pending.removeAll(keepingCapacity: true)
        try emit(block)
    }
}
