import Conversion

/// Reads `index-lookup.bin` in place: its stored deflate blocks put every record at a computable
/// file offset, so a binary search touches only a few bytes.
struct LookupTable {
    private let reader: BundleReader
    private let dataStart: Int
    private var count: Int
    private var payloadLength: Int

    init(reader: BundleReader) throws(GazetteError) {
        self.reader = reader
        let span = reader.footer.lookup
        func damaged(_ why: String, at offset: Int) -> GazetteError {
            GazetteError(.bundleDamaged, why, file: reader.path.description, byteOffset: offset)
        }
        dataStart = span.offset + 10
        payloadLength = 0
        count = 0
        let head = try reader.file.read(at: span.offset, count: min(span.length, 64))
        guard head.count >= GzipMember.storedPrologue, Array(head.prefix(10)) == GzipMember.header() else {
            throw damaged("the lookup member is not in stored form", at: span.offset)
        }
        let header = try payload(at: 0, count: TarHeader.blockSize, total: Int.max)
        let parsed: TarHeader
        do { parsed = try withRawBytes(header) { (raw) throws(TarHeader.ParseError) in try TarHeader.parse(raw) } } catch {
            throw damaged("lookup tar header: \(error.message)", at: span.offset)
        }
        guard BundleReader.bagRelative(String(decoding: parsed.name, as: UTF8.self)) == BundleFormat.lookupPath,
              parsed.size % BundleLookup.recordSize == 0
        else { throw damaged("the lookup member holds \(String(decoding: parsed.name, as: UTF8.self))", at: span.offset) }
        count = parsed.size / BundleLookup.recordSize
        payloadLength = TarHeader.blockSize + parsed.size + TarHeader.padding(parsed.size)
        let blocks = (payloadLength + GzipMember.storedBlockSize - 1) / GzipMember.storedBlockSize
        guard dataStart + payloadLength + blocks * 5 + 8 == span.offset + span.length else {
            throw damaged("the lookup member's length does not match its records", at: span.offset)
        }
    }

    /// The record for an 8-byte id, or nil.
    func record(for key: [UInt8]) throws(GazetteError) -> [UInt8]? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            let id = try payload(at: TarHeader.blockSize + middle * BundleLookup.recordSize, count: 8, total: payloadLength)
            if id == key { return try payload(at: TarHeader.blockSize + middle * BundleLookup.recordSize, count: BundleLookup.recordSize, total: payloadLength) }
            if id.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// `count` payload bytes from payload position `position`, checking each stored block header crossed.
    private func payload(at position: Int, count: Int, total: Int) throws(GazetteError) -> [UInt8] {
        let blockSize = GzipMember.storedBlockSize
        var bytes: [UInt8] = []
        var position = position
        while bytes.count < count {
            let block = position / blockSize
            let blockHeader = try reader.file.read(at: dataStart + block * (blockSize + 5), count: 5)
            guard blockHeader.count == 5 else { throw damaged("lookup member truncated", at: dataStart) }
            let length = Int(blockHeader[1]) | Int(blockHeader[2]) << 8
            guard blockHeader[0] & 0xFE == 0, blockHeader[3] == ~blockHeader[1], blockHeader[4] == ~blockHeader[2],
                  length == min(blockSize, total - block * blockSize) || total == Int.max
            else { throw damaged("bad stored block in the lookup member", at: dataStart + block * (blockSize + 5)) }
            let within = position % blockSize
            let take = min(count - bytes.count, length - within)
            guard take > 0 else { throw damaged("lookup read past its data", at: dataStart) }
            bytes += try reader.file.read(at: dataStart + block * (blockSize + 5) + 5 + within, count: take)
            position += take
        }
        return bytes
    }

    private func damaged(_ why: String, at offset: Int) -> GazetteError {
        GazetteError(.bundleDamaged, why, file: reader.path.description, byteOffset: offset)
    }
}
