import Conversion

/// The records of an `index-lookup.bin` read whole by verify, searched by id: what payload members
/// are checked against when `index.json` cannot be read but the tag manifest vouches for the table.
///
/// Why: the table carries every member's offset, length, size and SHA-256 (FORMAT.md 2.5), so a
/// damaged index (and manifest) need not leave every document unverified. Kept as the table's own
/// bytes (152 a document), not decoded into slots.
struct LookupRecords {
    private let bytes: [UInt8]

    /// The number of documents.
    let count: Int

    /// Takes the table's bytes; nil unless they are whole records with ids strictly ascending, as
    /// build writes them (a binary search needs that order).
    init?(_ bytes: [UInt8]) {
        guard bytes.count % BundleLookup.recordSize == 0 else { return nil }
        self.bytes = bytes
        count = bytes.count / BundleLookup.recordSize
        for position in 1..<max(1, count) where !(id(at: position - 1) < id(at: position)) { return nil }
    }

    /// The id of the record at `position`, as a number (16 lowercase hex digits in text order).
    func id(at position: Int) -> UInt64 {
        BigEndian.uint64(bytes, at: position * BundleLookup.recordSize)
    }

    /// The position of the record for `id`, or nil.
    func position(of id: UInt64) -> Int? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self.id(at: middle) < id { low = middle + 1 } else { high = middle }
        }
        return low < count && self.id(at: low) == id ? low : nil
    }

    /// The slot of `role` in the record at `position`; nil when the document has no such member.
    func slot(at position: Int, role: BundleMember.Role) -> BundleLookup.Slot? {
        let start = position * BundleLookup.recordSize
        return BundleLookup.slot(Array(bytes[start..<(start + BundleLookup.recordSize)]), role: role)
    }

    /// The slot of `role` for the document `id`, or nil.
    func slot(id: UInt64, role: BundleMember.Role) -> BundleLookup.Slot? {
        position(of: id).flatMap { slot(at: $0, role: role) }
    }
}
