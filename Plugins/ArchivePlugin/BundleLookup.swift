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

    /// A located member.
    struct Slot: Equatable {
        var offset: Int
        var length: Int
        var size: Int
        var sha256: String
    }

    /// The largest member length or file size a record holds (4 bytes each). A member past it
    /// cannot be put in a record: build refuses such a file, verify reports such an index.
    static let maximumField = Int(UInt32.max)

    /// The records for documents sorted by id; nil when a member does not fit a record (a
    /// negative offset, a length or size past ``maximumField``): then no table matches the index.
    static func encode(_ documents: [BundleDocument]) -> [UInt8]? {
        encode(documents.lazy.map { document in
            (document.id, BundleFormat.payloadRoles.map { document.member($0).map { Slot(offset: $0.offset, length: $0.compressedSize, size: $0.size, sha256: $0.sha256) } })
        }, count: documents.count)
    }

    /// The records for verify's compact index, the same bytes as for the index they were read from.
    static func encode<Documents: Collection<CheckedDocument>>(_ documents: Documents) -> [UInt8]? {
        encode(documents.lazy.map { document in
            (document.id, BundleFormat.payloadRoles.map { document.member($0).map { Slot(offset: $0.offset, length: $0.compressedSize, size: $0.size, sha256: $0.sha256) } })
        }, count: documents.count)
    }

    /// Whether `bytes` are exactly the records for verify's compact index, compared record by
    /// record: no second copy of a table that grows with the bundle (~10 MB at ~68,000 documents).
    static func matches(_ bytes: [UInt8], _ documents: [CheckedDocument]) -> Bool {
        guard bytes.count == documents.count * recordSize else { return false }
        for (position, document) in documents.enumerated() {
            guard let record = encode(CollectionOfOne(document)),
                  bytes[(position * recordSize)..<((position + 1) * recordSize)].elementsEqual(record) else { return false }
        }
        return true
    }

    /// The records of (id, a slot per role in ``BundleFormat/payloadRoles`` order).
    /// Why no clamping: a clamped size made the table verify wrote agree with the one build wrote,
    /// and show then refused a document verify had called good.
    private static func encode<Records: Sequence>(_ records: Records, count: Int) -> [UInt8]? where Records.Element == (String, [Slot?]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * recordSize)
        for (id, slots) in records {
            bytes += idBytes(id) ?? [UInt8](repeating: 0, count: 8)
            for slot in slots {
                if let slot {
                    guard slot.offset >= 0, fits(slot.length), fits(slot.size) else { return nil }
                    bytes += BigEndian.bytes(UInt64(slot.offset)) + BigEndian.bytes(UInt32(slot.length))
                    bytes += BigEndian.bytes(UInt32(slot.size))
                    bytes += hexBytes(slot.sha256)
                } else {
                    bytes += [UInt8](repeating: 0, count: slotSize)
                }
            }
        }
        return bytes
    }

    /// Whether a member length or file size fits a record's 4-byte field.
    static func fits(_ value: Int) -> Bool { (0...maximumField).contains(value) }

    /// The 8 bytes of a 16-hex-digit id, or nil when it is not one.
    static func idBytes(_ id: String) -> [UInt8]? {
        guard id.utf8.count == 2 * 8 else { return nil }
        let bytes = hexBytes(id)
        return bytes.count == 8 ? bytes : nil
    }

    /// Decodes one record's slot for `role`.
    static func slot(_ record: [UInt8], role: BundleMember.Role) -> Slot? {
        guard let index = BundleFormat.payloadRoles.firstIndex(of: role), record.count == recordSize else { return nil }
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
