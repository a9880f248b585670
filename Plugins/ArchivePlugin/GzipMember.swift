import Conversion

/// Builds gzip members (RFC 1952) with fixed header bytes: no name, no time, OS "Unix".
enum GzipMember {
    /// The three bytes every gzip member starts with: ID1, ID2 and CM = deflate.
    static let magic: [UInt8] = [0x1F, 0x8B, 0x08]
    /// The operating-system byte written in every header (3 = Unix), fixed for reproducibility.
    static let osByte: UInt8 = 3
    /// Header flag bits.
    static let flagText: UInt8 = 1, flagHeaderCRC: UInt8 = 2, flagExtra: UInt8 = 4, flagName: UInt8 = 8, flagComment: UInt8 = 16

    /// One complete member holding `payload`, deflated at `level`.
    static func compress(_ payload: [UInt8], level: Int32 = Deflater.defaultLevel) throws(GazetteError) -> [UInt8] {
        let body = try Deflater.deflate(payload, level: level)
        var member = header()
        member.reserveCapacity(body.count + 18)
        member += body
        appendTrailer(crc: Deflater.crc32(payload), size: payload.count, to: &member)
        return member
    }

    /// One complete member holding the concatenation of `pieces`, deflated at `level` by zlib as
    /// it streams (``write(pieces:level:stored:blockSize:to:)``), gathered into one array.
    static func compress(pieces: [[UInt8]], level: Int32 = Deflater.defaultLevel) throws(GazetteError) -> [UInt8] {
        var member: [UInt8] = []
        try write(pieces: pieces, level: level, stored: false) { member += $0 }
        return member
    }

    /// One member holding `payload` in stored (uncompressed) deflate blocks of `blockSize` bytes,
    /// so a reader can compute where any payload byte sits in the file and read it with one seek.
    static func stored(_ payload: [UInt8], blockSize: Int = storedBlockSize) -> [UInt8] {
        var member = header()
        member.reserveCapacity(payload.count + payload.count / blockSize * 5 + 32)
        var start = 0
        repeat {
            let end = min(payload.count, start + blockSize)
            let length = UInt16(end - start)
            member.append(end == payload.count ? 1 : 0)  // BFINAL, BTYPE = 00 (stored)
            member += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            member += payload[start..<end]
            start = end
        } while start < payload.count
        appendTrailer(crc: Deflater.crc32(payload), size: payload.count, to: &member)
        return member
    }

    /// The payload bytes per stored block in ``stored(_:blockSize:)``.
    static let storedBlockSize = 65_024  // 127 tar blocks: keeps records block-aligned and under 65535
    /// Bytes before the first stored block's payload: the 10-byte header and the 5-byte block header.
    static let storedPrologue = 15

    /// A member with an empty payload whose header carries `extra` (one FEXTRA subfield) and a header CRC.
    static func footer(subfieldID: (UInt8, UInt8), data: [UInt8]) -> [UInt8] {
        var member: [UInt8] = magic + [flagExtra | flagHeaderCRC, 0, 0, 0, 0, 0, osByte]
        let length = data.count + 4
        member += [UInt8(length & 0xFF), UInt8(length >> 8), subfieldID.0, subfieldID.1,
                   UInt8(data.count & 0xFF), UInt8(data.count >> 8)]
        member += data
        let crc16 = Deflater.crc32(member) & 0xFFFF
        member += [UInt8(crc16 & 0xFF), UInt8(crc16 >> 8)]
        member += [0x03, 0x00]  // an empty final block with fixed Huffman codes
        appendTrailer(crc: 0, size: 0, to: &member)
        return member
    }

    /// The fixed 10-byte header: no flags, mtime 0, XFL 0.
    static func header() -> [UInt8] { magic + [0, 0, 0, 0, 0, 0, osByte] }

    /// The 8-byte trailer: CRC-32 and ISIZE of the member's payload, for members written in pieces.
    static func trailer(crc: UInt32, size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        appendTrailer(crc: crc, size: size, to: &bytes)
        return bytes
    }

    private static func appendTrailer(crc: UInt32, size: Int, to member: inout [UInt8]) {
        let isize = UInt32(truncatingIfNeeded: size)
        for shift in stride(from: 0, to: 32, by: 8) { member.append(UInt8((crc >> UInt32(shift)) & 0xFF)) }
        for shift in stride(from: 0, to: 32, by: 8) { member.append(UInt8((isize >> UInt32(shift)) & 0xFF)) }
    }
}
