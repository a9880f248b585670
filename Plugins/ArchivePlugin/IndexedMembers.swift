/// Finds an index member by bag path without a map of every path: payload paths name their
/// document's id, and documents are sorted by id, so a binary search finds them.
///
/// A map from each of a large bundle's ~200,000 paths to its member cost tens of MB in verify.
/// An index whose documents are not sorted (not written by gazette) falls back to that map.
struct IndexedMembers {
    private let tags: [CheckedMember]
    /// The tags' paths packed, to compare packed keys with.
    private let tagKeys: [PackedPath]
    private let documents: [CheckedDocument]
    private let fallback: [String: CheckedMember]?

    init(_ index: CheckedIndex?) {
        tags = (index?.tagFiles ?? []).map { CheckedMember($0, documentID: "") }
        tagKeys = tags.map { PackedPath($0.path) }
        documents = index?.documents ?? []
        // Compared as numbers: every id is 16 lowercase hex digits (as gazette writes them), whose
        // numeric order is their text order; any other index falls back to the map.
        let sorted = documents.allSatisfy { $0.idValue != nil } && zip(documents, documents.dropFirst()).allSatisfy { $0.idValue! < $1.idValue! }
        fallback = sorted ? nil : Dictionary(documents.flatMap(\.members).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The member stored at the path packed as `key`, if the index lists one: as
    /// ``subscript(_:)`` with `key.path`, without making that String for a payload path (compared
    /// byte for byte, see ``CheckedMember/hasPath(_:)``).
    subscript(key key: PackedPath) -> CheckedMember? {
        guard case .payload(let id, _) = key, fallback == nil else { return self[key.path] }
        if let tag = tagKeys.firstIndex(where: { $0 == key }) { return tags[tag] }
        return document(id: id)?.members.first { $0.hasPath(key) }
    }

    /// The member stored at `path`, if the index lists one.
    subscript(path: String) -> CheckedMember? {
        if let tag = tags.first(where: { $0.path == path }) { return tag }
        if let fallback { return fallback[path] }
        guard let id = VerificationRun.documentID(path).flatMap(LowerHex64.value) else { return nil }
        return document(id: id)?.members.first { $0.path == path }
    }

    /// The document with `id`, by binary search of the sorted ids.
    private func document(id: UInt64) -> CheckedDocument? {
        let low = documents.partitionPoint { $0.idValue! < id }
        guard low < documents.count, documents[low].idValue == id else { return nil }
        return documents[low]
    }
}
