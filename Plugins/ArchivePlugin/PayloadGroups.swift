/// The payload paths of a bundle without a readable index (the manifest's, the entries read and
/// the damaged ones, each once), grouped by the document id in their names, ids in text order and
/// each document's paths in text order: what verify names documents by when it has no index.
///
/// Why packed keys: on a truncated bundle of ~68,000 documents, a Set and a dictionary of path
/// Strings (with an array per id) came to ~40 MB at verify's peak; here a path is a String only
/// while its document's verdict is made.
struct PayloadGroups {
    /// Paths gazette writes, sorted by id, then as text.
    private var packed: [PackedPath] = []
    /// Any other path under `data/`, grouped by the id ``VerificationRun/documentID(_:)`` finds.
    private var other: [String: Set<String>] = [:]

    /// `listed` are further expected paths (the lookup table's, when it stands in for the index).
    init(manifest: ManifestTable?, seen: SeenEntries, damaged: some Sequence<String>, listed: [PackedPath] = []) {
        manifest?.keys.forEach { add($0) }
        listed.forEach { add($0) }
        seen.forEachKey { add($0) }
        for path in damaged where path.hasPrefix("data/") { add(PackedPath(path)) }
        packed.sort { a, b in
            let (idA, idB) = (Self.id(a), Self.id(b))
            // Sixteen lowercase hex digits: numeric order is text order. Within one id the role
            // decides, as in the path's text.
            return idA != idB ? idA < idB : PackedPath.precedes(a, b)
        }
        var unique = 0
        for position in packed.indices where unique == 0 || packed[position] != packed[unique - 1] {
            packed.swapAt(unique, position)
            unique += 1
        }
        packed.removeLast(packed.count - unique)
    }

    private mutating func add(_ key: PackedPath) {
        if case .payload = key {
            packed.append(key)
            return
        }
        let path = key.path
        guard path.hasPrefix("data/"), let id = VerificationRun.documentID(path) else { return }
        other[id, default: []].insert(path)
    }

    private static func id(_ key: PackedPath) -> UInt64 {
        if case .payload(let id, _) = key { return id }
        return 0
    }

    /// `transform` of each document's id and sorted paths, in id order.
    func map<T>(_ transform: (String, [String]) -> T) -> [T] {
        var results: [T] = []
        results.reserveCapacity(packed.count / 3 + other.count)
        forEach { results.append(transform($0, $1)) }
        return results
    }

    /// Hands each document's id and sorted paths to `body`, in id order.
    func forEach<E: Error>(_ body: (String, [String]) throws(E) -> Void) throws(E) {
        let others = other.keys.sorted()
        var nextOther = 0
        var position = 0
        while position < packed.count || nextOther < others.count {
            // The next id is the packed run's or the other paths', whichever sorts first; both when equal.
            let number = position < packed.count ? Self.id(packed[position]) : nil
            let packedID = number.map(LowerHex64.text)
            var id = packedID ?? others[nextOther]
            if nextOther < others.count, others[nextOther] < id { id = others[nextOther] }
            var paths: [String] = []
            if let number, id == packedID {
                while position < packed.count, Self.id(packed[position]) == number {
                    paths.append(packed[position].path)
                    position += 1
                }
            }
            if nextOther < others.count, others[nextOther] == id {
                paths = (paths + other[id]!).sorted()
                nextOther += 1
            }
            try body(id, paths)
        }
    }
}
