/// `manifest-sha256.txt` as verify checks it: the captured bytes and one small record per line,
/// sorted by path, found by binary search.
///
/// A `[String: digest]` map of a large bundle's ~200,000 lines cost ~40 MB (a heap String per
/// path, and a hash table sized to the next power of two past a 0.75 load); these records are
/// ~48 bytes a line, and the paths stay in the manifest's own bytes. Same reading as
/// ``BagTags/parseManifest(_:)``: nil for a malformed line, the last of repeated paths wins.
struct ManifestTable {
    private struct Line {
        var pathStart: Int
        var pathEnd: Int
        var digest: SHA256Bytes?
    }

    private let bytes: [UInt8]
    private let lines: [Line]
    /// Lines whose path is not valid UTF-8: kept under the path as decoded, as the map did.
    private let irregular: [String: SHA256Bytes?]

    /// Parses the manifest; nil when a line is malformed.
    init?(_ bytes: [UInt8]) {
        var lines: [Line] = []
        var irregular: [String: SHA256Bytes?] = [:]
        let wellFormed = BagTags.scanManifest(bytes) { digest, path in
            if String(validating: bytes[path], as: UTF8.self) == nil {
                irregular[String(decoding: bytes[path], as: UTF8.self)] = SHA256Bytes(hex: digest)
            } else {
                lines.append(Line(pathStart: path.lowerBound, pathEnd: path.upperBound, digest: SHA256Bytes(hex: digest)))
            }
        }
        guard wellFormed else { return nil }
        self.bytes = bytes
        self.irregular = irregular
        // A manifest gazette wrote is already sorted by path bytes without repeats: no sorted copy.
        if zip(lines, lines.dropFirst()).allSatisfy({ bytes[$0.pathStart..<$0.pathEnd].lexicographicallyPrecedes(bytes[$1.pathStart..<$1.pathEnd]) }) {
            self.lines = lines
            return
        }
        // Stable by line order among equal paths, so the last of them is the one kept.
        let order = lines.indices.sorted { a, b in
            let pa = bytes[lines[a].pathStart..<lines[a].pathEnd], pb = bytes[lines[b].pathStart..<lines[b].pathEnd]
            return pa.lexicographicallyPrecedes(pb) || (pa.elementsEqual(pb) && a < b)
        }
        var kept: [Line] = []
        kept.reserveCapacity(order.count)
        for position in order {
            let line = lines[position]
            if let last = kept.last, bytes[last.pathStart..<last.pathEnd].elementsEqual(bytes[line.pathStart..<line.pathEnd]) {
                kept[kept.count - 1] = line
            } else {
                kept.append(line)
            }
        }
        self.lines = kept
    }

    /// Whether the manifest lists `path`.
    func contains(_ path: String) -> Bool { find(path) != nil }

    /// The listed digest of `path`: nil when not listed, `.some(nil)` when its digest is not hex.
    subscript(path: String) -> SHA256Bytes?? { find(path) }

    /// Every listed path.
    var paths: [String] {
        lines.map { String(decoding: bytes[$0.pathStart..<$0.pathEnd], as: UTF8.self) } + irregular.keys
    }

    private func find(_ path: String) -> SHA256Bytes?? {
        if !irregular.isEmpty, let digest = irregular[path] { return .some(digest) }
        let key = Array(path.utf8)
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if bytes[lines[middle].pathStart..<lines[middle].pathEnd].lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        guard low < lines.count, bytes[lines[low].pathStart..<lines[low].pathEnd].elementsEqual(key) else { return nil }
        return .some(lines[low].digest)
    }
}
