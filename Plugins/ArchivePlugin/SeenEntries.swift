/// The entries verify read whole from the stream, by bag-relative path.
///
/// Why not `[String: Seen]`: that table was ~50 MB at ~200,000 entries (a heap String per path, and
/// each bucket holding the key and the 56-byte value). Here a payload path gazette writes
/// (`data/<role>/<16 hex>.<ext>`, an ASCII extension of up to 6 bytes) is a 16-byte key of numbers,
/// the table maps keys to an index, and the values sit in one array. Any other path is kept
/// verbatim, so every path comes back exactly as it was read.
struct SeenEntries {
    /// A path: packed when it is one gazette writes, else verbatim.
    private enum Key: Hashable {
        /// The id's value, and the role code (1 byte), the extension's length (1) and bytes (up to 6).
        case payload(id: UInt64, tail: UInt64)
        case verbatim(String)
    }

    private var table: [Key: Int32] = [:]
    private var entries: [VerificationRun.Seen] = []

    private static let roles = ["original", "json", "html"]

    /// The entry read under `path`, if any.
    subscript(path: String) -> VerificationRun.Seen? {
        table[Self.key(path)].map { entries[Int($0)] }
    }

    /// Records `entry` under `path`; false (and nothing recorded) when the path was already seen.
    mutating func insert(_ path: String, _ entry: VerificationRun.Seen) -> Bool {
        let key = Self.key(path)
        guard table[key] == nil else { return false }
        table[key] = Int32(entries.count)
        entries.append(entry)
        return true
    }

    /// Every path and its entry, in no particular order.
    func forEach(_ body: (String, VerificationRun.Seen) -> Void) {
        for (key, position) in table { body(Self.path(key), entries[Int(position)]) }
    }

    /// The paths and entries `isIncluded` accepts, in no particular order.
    func filter(_ isIncluded: (String) -> Bool) -> [(key: String, value: VerificationRun.Seen)] {
        var kept: [(key: String, value: VerificationRun.Seen)] = []
        forEach { path, entry in if isIncluded(path) { kept.append((path, entry)) } }
        return kept
    }

    private static func key(_ path: String) -> Key {
        let bytes = Array(path.utf8)
        guard bytes.starts(with: Array("data/".utf8)) else { return .verbatim(path) }
        for (code, role) in roles.enumerated() {
            let prefix = Array("data/\(role)/".utf8)
            guard bytes.starts(with: prefix), bytes.count >= prefix.count + 17, bytes[prefix.count + 16] == UInt8(ascii: ".") else { continue }
            let ext = bytes[(prefix.count + 17)...]
            guard ext.count <= 6, ext.allSatisfy({ $0 < 0x80 }),
                  let id = LowerHex64.value(String(decoding: bytes[prefix.count..<(prefix.count + 16)], as: UTF8.self))
            else { return .verbatim(path) }
            var tail = UInt64(code + 1) | UInt64(ext.count) << 8
            for (position, byte) in ext.enumerated() { tail |= UInt64(byte) << (16 + 8 * UInt64(position)) }
            return .payload(id: id, tail: tail)
        }
        return .verbatim(path)
    }

    private static func path(_ key: Key) -> String {
        switch key {
        case .verbatim(let path):
            return path
        case .payload(let id, let tail):
            let count = Int((tail >> 8) & 0xFF)
            let ext = (0..<count).map { UInt8(truncatingIfNeeded: tail >> (16 + 8 * UInt64($0))) }
            return "data/\(roles[Int(tail & 0xFF) - 1])/\(LowerHex64.text(id)).\(String(decoding: ext, as: UTF8.self))"
        }
    }
}
