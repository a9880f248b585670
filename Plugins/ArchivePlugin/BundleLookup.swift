import Conversion

/// `index-lookup.bin`: one fixed-width record per document, sorted by id, stored uncompressed
/// (stored deflate blocks) so `show` finds a document with a binary search of a few small reads,
/// whatever the bundle's size.
///
/// Record (152 bytes, big-endian): the id's 8 bytes, then for original, json and html in turn the
/// member's offset (8), its length (4, 0 when absent), the file's size (4) and SHA-256 (32).
enum BundleLookup {
    /// Bytes per record.
    static let recordSize = 8 + 3 * slotSize
    static let slotSize = 8 + 4 + 4 + 32
    /// The roles in record order.
    static let roles: [BundleMember.Role] = [.original, .json, .html]

    /// A located member.
    struct Slot: Equatable {
        var offset: Int
        var length: Int
        var size: Int
        var sha256: String
    }

    /// The records for documents sorted by id.
    static func encode(_ documents: [BundleDocument]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(documents.count * recordSize)
        for document in documents {
            bytes += idBytes(document.id) ?? [UInt8](repeating: 0, count: 8)
            for role in roles {
                if let member = document.member(role) {
                    bytes += BigEndian.bytes(UInt64(member.offset)) + BigEndian.bytes(UInt32(clamping: member.compressedSize))
                    bytes += BigEndian.bytes(UInt32(clamping: member.size))
                    bytes += hexBytes(member.sha256)
                } else {
                    bytes += [UInt8](repeating: 0, count: slotSize)
                }
            }
        }
        return bytes
    }

    /// The 8 bytes of a 16-hex-digit id, or nil when it is not one.
    static func idBytes(_ id: String) -> [UInt8]? {
        guard id.utf8.count == 2 * 8 else { return nil }
        let bytes = hexBytes(id)
        return bytes.count == 8 ? bytes : nil
    }

    /// Decodes one record's slot for `role`.
    static func slot(_ record: [UInt8], role: BundleMember.Role) -> Slot? {
        guard let index = roles.firstIndex(of: role), record.count == recordSize else { return nil }
        let start = 8 + index * slotSize
        let length = Int(BigEndian.uint32(record, at: start + 8))
        guard length > 0 else { return nil }
        return Slot(offset: Int(clamping: BigEndian.uint64(record, at: start)), length: length,
                    size: Int(BigEndian.uint32(record, at: start + 12)),
                    sha256: SHA256Hex.hex(record[(start + 16)..<(start + slotSize)]))
    }

    private static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var high: UInt8?
        for character in hex.utf8 {
            let value: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = character - UInt8(ascii: "a") + 10
            default: return []
            }
            if let h = high { bytes.append(h << 4 | value); high = nil } else { high = value }
        }
        return bytes
    }
}
