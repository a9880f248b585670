extension PackedPath {
    /// Whether `a`'s path sorts before `b`'s as Strings do, without building the Strings when both
    /// are packed: then both are ASCII, and String order is byte order.
    ///
    /// Why: verify sorts the expected paths (~3 a document) to report in path order; packed keys
    /// are 24 bytes where a String path was ~64 with its heap buffer.
    static func precedes(_ a: PackedPath, _ b: PackedPath) -> Bool {
        guard case .payload(let idA, let tailA) = a, case .payload(let idB, let tailB) = b else { return a.path < b.path }
        // `data/<role>/`: no role name is a prefix of another, so the names decide.
        let roleA = role(tailA), roleB = role(tailB)
        if roleA != roleB { return roleA < roleB }
        // 16 lowercase hex digits: numeric order is text order.
        if idA != idB { return idA < idB }
        return extensionBytes(tailA).lexicographicallyPrecedes(extensionBytes(tailB))
    }

    /// Whether `path` is in `sorted` (sorted by ``precedes(_:_:)``), by binary search.
    static func sortedContains(_ sorted: [PackedPath], _ path: PackedPath) -> Bool {
        let low = sorted.partitionPoint { precedes($0, path) }
        return low < sorted.count && sorted[low] == path
    }

    private static func role(_ tail: UInt64) -> String { roleNames[Int(tail & 0xFF) - 1] }

    private static func extensionBytes(_ tail: UInt64) -> [UInt8] {
        (0..<Int((tail >> 8) & 0xFF)).map { UInt8(truncatingIfNeeded: tail >> (16 + 8 * UInt64($0))) }
    }
}
