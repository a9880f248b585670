/// A parsed gzip member header (RFC 1952 section 2.3).
struct GzipHeader: Equatable {
    /// The header's length in bytes, up to the first byte of deflate data.
    var length: Int
    /// The FEXTRA field's subfields, as (two-byte id, data).
    var subfields: [(id: [UInt8], data: [UInt8])]
    /// Whether the header is the 10 fixed bytes gazette writes for every member (FORMAT.md 2.3):
    /// no flags, mtime 0, XFL 0, OS 3. A changed mtime, XFL or OS byte leaves the data readable
    /// and its CRC right, so only this tells verify the file changed there.
    var isCanonical = false

    static func == (lhs: GzipHeader, rhs: GzipHeader) -> Bool {
        lhs.length == rhs.length && lhs.subfields.map(\.id) == rhs.subfields.map(\.id)
            && lhs.subfields.map(\.data) == rhs.subfields.map(\.data)
    }

    /// Why a header could not be parsed.
    enum Failure: Error, Equatable, CustomStringConvertible {
        /// More bytes are needed than `bytes` holds.
        case needMore
        /// The bytes are not a gzip header.
        case invalid(String)

        /// The reason in words.
        var reason: String {
            switch self {
            case .needMore: "cut short"
            case .invalid(let why): why
            }
        }

        /// The reason, so the error reads as words wherever it is interpolated.
        var description: String { reason }
    }

    /// The header gazette writes for every member but the footer.
    private static let canonical = GzipMember.header()

    /// Parses the header at the start of `bytes`.
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> GzipHeader {
        guard bytes.count >= 10 else {
            if !bytes.isEmpty, !zip(bytes, GzipMember.magic).allSatisfy({ $0 == $1 }) { throw .invalid("no gzip signature") }
            throw .needMore
        }
        guard bytes[0] == 0x1F, bytes[1] == 0x8B else { throw .invalid("no gzip signature") }
        guard bytes[2] == 8 else { throw .invalid("compression method \(bytes[2]) is not deflate") }
        let flags = bytes[3]
        guard flags & 0xE0 == 0 else { throw .invalid("reserved header flags set") }
        var position = 10
        var subfields: [(id: [UInt8], data: [UInt8])] = []
        if flags & GzipMember.flagExtra != 0 {
            guard bytes.count >= position + 2 else { throw .needMore }
            let length = Int(bytes[position]) | Int(bytes[position + 1]) << 8
            position += 2
            guard bytes.count >= position + length else { throw .needMore }
            var cursor = position
            while cursor + 4 <= position + length {
                let size = Int(bytes[cursor + 2]) | Int(bytes[cursor + 3]) << 8
                guard cursor + 4 + size <= position + length else { throw .invalid("extra subfield overruns the extra field") }
                subfields.append(([bytes[cursor], bytes[cursor + 1]], Array(bytes[(cursor + 4)..<(cursor + 4 + size)])))
                cursor += 4 + size
            }
            position += length
        }
        for flag in [GzipMember.flagName, GzipMember.flagComment] where flags & flag != 0 {
            guard let end = bytes[position...].firstIndex(of: 0) else {
                if bytes.count - position > 65_536 { throw .invalid("unterminated header string") }
                throw .needMore
            }
            position = end + 1
        }
        if flags & GzipMember.flagHeaderCRC != 0 {
            guard bytes.count >= position + 2 else { throw .needMore }
            let stored = UInt32(bytes[position]) | UInt32(bytes[position + 1]) << 8
            let computed = Deflater.crc32(UnsafeRawBufferPointer(rebasing: bytes[0..<position])) & 0xFFFF
            guard stored == computed else { throw .invalid("header CRC mismatch") }
            position += 2
        }
        return GzipHeader(length: position, subfields: subfields,
                          isCanonical: position == canonical.count && bytes.prefix(position).elementsEqual(canonical))
    }
}
