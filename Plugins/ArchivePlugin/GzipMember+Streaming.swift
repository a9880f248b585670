import Conversion

extension GzipMember {
    /// Writes one member holding the concatenation of `pieces` to `emit` as it is produced,
    /// without the joined input or the whole member in memory. Stored, the same bytes as
    /// ``stored(_:blockSize:)`` of the joined pieces; deflated, by zlib, so not the bytes of
    /// ``compress(_:level:)`` (libdeflate) but a member holding the same payload.
    ///
    /// Why: the manifest and the lookup table of a bundle of ~68,000 documents are 20 and 10 MB;
    /// each was joined, then held again as its member, at the build's peak.
    static func write(pieces: [[UInt8]], level: Int32, stored: Bool, blockSize: Int = storedBlockSize,
                      to emit: ([UInt8]) throws(GazetteError) -> Void) throws(GazetteError) {
        let total = pieces.reduce(0) { $0 + $1.count }
        let crc = pieces.reduce(UInt32(0)) { Deflater.crc32($1, continuing: $0) }
        try emit(header())
        if stored {
            try writeStoredBlocks(pieces, total: total, blockSize: blockSize, to: emit)
        } else {
            let deflater = try StreamingDeflater(level: level)
            for (position, piece) in pieces.enumerated() {
                try deflater.feed(piece, finish: position == pieces.count - 1, emit: emit)
            }
        }
        try emit(trailer(crc: crc, size: total))
    }

    /// Stored deflate blocks of `blockSize` bytes over the pieces, gathered block by block.
    private static func writeStoredBlocks(_ pieces: [[UInt8]], total: Int, blockSize: Int,
                                          to emit: ([UInt8]) throws(GazetteError) -> Void) throws(GazetteError) {
        var remaining = total
        var piece = 0, within = 0
        repeat {
            let length = UInt16(min(blockSize, remaining))
            remaining -= Int(length)
            var block: [UInt8] = [remaining == 0 ? 1 : 0,  // BFINAL, BTYPE = 00 (stored)
                                  UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            block.reserveCapacity(5 + Int(length))
            var needed = Int(length)
            while needed > 0 {
                let source = pieces[piece]
                let take = min(needed, source.count - within)
                block += source[within..<(within + take)]
                within += take
                needed -= take
                if within == source.count { piece += 1; within = 0 }
            }
            try emit(block)
        } while remaining > 0
    }
}
