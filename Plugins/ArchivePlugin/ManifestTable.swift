/// `manifest-sha256.txt` as verify checks it: one fixed-size record per payload line gazette
/// writes, found by binary search, and any other line kept by its path.
///
/// Why records: the manifest's bytes plus a line table cost ~0.45 KB a document (~30 MB at 68,000
/// documents); a record is the path packed as ``PackedPath`` (16 bytes) and the digest (32), ~56
/// bytes a line, and the text is not kept. Same reading as ``BagTags/parseManifest(_:)``: nil for a
/// malformed line, the last of repeated paths wins.
struct ManifestTable {
    /// Fields in this order pack into 56 bytes (the 33-byte optional digest first, the 4-byte line
    /// in its padding); id, tail, line, digest took 64.
    private struct Record {
        var digest: SHA256Bytes?
        /// The line's number, so the last of repeated paths is the one kept.
        var line: Int32
        var id: UInt64
        var tail: UInt64

        func precedes(_ id: UInt64, _ tail: UInt64) -> Bool { (self.id, self.tail) < (id, tail) }
    }

    private let records: [Record]
    /// Other lines with a UTF-8 path, by its exact bytes (not by String, which equates canonically
    /// equivalent spellings that are different paths).
    private let verbatim: [[UInt8]: SHA256Bytes?]
    /// Lines whose path is not valid UTF-8: kept under the path as decoded, as the map did.
    private let irregular: [String: SHA256Bytes?]

    /// Parses the manifest; nil when a line is malformed.
    init?(_ bytes: [UInt8]) {
        var records: [Record] = []
        // One record a line, reserved at once: no doubling while the manifest's text is still held.
        records.reserveCapacity(bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1)
        var verbatim: [[UInt8]: SHA256Bytes?] = [:]
        var irregular: [String: SHA256Bytes?] = [:]
        var line: Int32 = 0
        let wellFormed = BagTags.scanManifest(bytes) { digest, path in
            let sha = SHA256Bytes(hex: digest)
            line += 1
            guard let text = String(validating: bytes[path], as: UTF8.self) else {
                irregular[String(decoding: bytes[path], as: UTF8.self)] = sha
                return
            }
            if case .payload(let id, let tail) = PackedPath(text) {
                records.append(Record(digest: sha, line: line, id: id, tail: tail))
            } else {
                verbatim[Array(bytes[path])] = sha
            }
        }
        guard wellFormed else { return nil }
        // A gazette manifest has no repeats; otherwise the last line of a path wins, as in the map.
        records.sort { ($0.id, $0.tail, $0.line) < ($1.id, $1.tail, $1.line) }
        var kept = 0
        for position in records.indices {
            if kept > 0, records[kept - 1].id == records[position].id, records[kept - 1].tail == records[position].tail {
                records[kept - 1] = records[position]
            } else {
                records[kept] = records[position]
                kept += 1
            }
        }
        records.removeLast(records.count - kept)
        self.records = records
        self.verbatim = verbatim
        self.irregular = irregular
    }

    /// True when the manifest lists nothing.
    var isEmpty: Bool { records.isEmpty && verbatim.isEmpty && irregular.isEmpty }

    /// Whether the manifest lists `path`.
    func contains(_ path: String) -> Bool { find(path) != nil }

    /// The listed digest of `path`: nil when not listed, `.some(nil)` when its digest is not hex.
    subscript(path: String) -> SHA256Bytes?? { find(path) }

    /// Whether the manifest lists the path packed as `key`.
    func contains(key: PackedPath) -> Bool { find(key: key) != nil }

    /// The listed digest of the path packed as `key` (as ``subscript(_:)``), without making its String.
    subscript(key key: PackedPath) -> SHA256Bytes?? { find(key: key) }

    /// Every listed path.
    var paths: [String] { keys.map(\.path) }

    /// Every listed path, packed.
    var keys: [PackedPath] {
        records.map { PackedPath.payload(id: $0.id, tail: $0.tail) }
            + verbatim.keys.map { PackedPath(String(decoding: $0, as: UTF8.self)) } + irregular.keys.map(PackedPath.init)
    }

    private func find(_ path: String) -> SHA256Bytes?? { find(key: PackedPath(path)) }

    /// A packed path's entry. Only a verbatim path can be an irregular line's (decoded from bytes
    /// that are not UTF-8, so it holds U+FFFD); a payload path is ASCII.
    private func find(key: PackedPath) -> SHA256Bytes?? {
        guard case .payload(let id, let tail) = key else {
            let path = key.path
            if !irregular.isEmpty, let digest = irregular[path] { return .some(digest) }
            return verbatim[Array(path.utf8)]
        }
        let low = records.partitionPoint { $0.precedes(id, tail) }
        guard low < records.count, records[low].id == id, records[low].tail == tail else { return nil }
        return .some(records[low].digest)
    }
}
