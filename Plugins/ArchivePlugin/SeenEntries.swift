/// The entries verify read whole from the stream, by bag-relative path.
///
/// Why not `[String: Seen]`: that table was ~50 MB at ~200,000 entries (a heap String per path, and
/// each bucket holding the key and the 56-byte value). Here a path is a ``PackedPath`` (16 bytes of
/// numbers for a payload path gazette writes), the table maps keys to an index, and the values sit
/// in one array; every path comes back exactly as it was read.
struct SeenEntries {
    private var table: [PackedPath: Int32] = [:]
    private var entries: [VerificationRun.Seen] = []

    /// The entry read under `path`, if any.
    subscript(path: String) -> VerificationRun.Seen? {
        table[PackedPath(path)].map { entries[Int($0)] }
    }

    /// The entry read under the packed `key`, if any.
    subscript(key key: PackedPath) -> VerificationRun.Seen? {
        table[key].map { entries[Int($0)] }
    }

    /// Records `entry` under `path`; false (and nothing recorded) when the path was already seen.
    mutating func insert(_ path: String, _ entry: VerificationRun.Seen) -> Bool {
        let key = PackedPath(path)
        guard table[key] == nil else { return false }
        table[key] = Int32(entries.count)
        entries.append(entry)
        return true
    }

    /// Makes room for `count` entries at once: growing by doubling held the old and the new table
    /// and array together (~4 MB at ~47,000 entries, the peak of verify's stream).
    mutating func reserveCapacity(_ count: Int) {
        table.reserveCapacity(count)
        entries.reserveCapacity(count)
    }

    /// Every path and its entry, in no particular order.
    func forEach(_ body: (String, VerificationRun.Seen) -> Void) {
        for (key, position) in table { body(key.path, entries[Int(position)]) }
    }

    /// Every packed key, in no particular order (no path String is made).
    func forEachKey(_ body: (PackedPath) -> Void) {
        for key in table.keys { body(key) }
    }

    /// The paths and entries whose packed key `isIncluded` accepts, in no particular order (a path
    /// is made only for those).
    func filter(keys isIncluded: (PackedPath) -> Bool) -> [(key: String, value: VerificationRun.Seen)] {
        var kept: [(key: String, value: VerificationRun.Seen)] = []
        for (key, position) in table where isIncluded(key) { kept.append((key.path, entries[Int(position)])) }
        return kept
    }
}
