/// A bag-relative path as verify keys it: 16 bytes of numbers when it is a payload path gazette
/// writes (`data/<role>/<16 hex>.<ext>`, an ASCII extension of up to 6 bytes), else verbatim.
///
/// Why: a heap String per path cost tens of MB over a bundle's ~200,000 entries; every path comes
/// back exactly as it was read.
enum PackedPath: Hashable {
    /// The id's value, and the role code (1 byte), the extension's length (1) and bytes (up to 6).
    case payload(id: UInt64, tail: UInt64)
    case verbatim(String)

    /// The roles' path components, by role code - 1.
    static let roleNames = ["original", "json", "html"]

    /// Packs `path` when it has gazette's form.
    init(_ path: String) {
        let bytes = Array(path.utf8)
        self = .verbatim(path)
        guard bytes.starts(with: Array("data/".utf8)) else { return }
        for (code, role) in Self.roleNames.enumerated() {
            let prefix = Array("data/\(role)/".utf8)
            guard bytes.starts(with: prefix), bytes.count >= prefix.count + 17, bytes[prefix.count + 16] == UInt8(ascii: ".") else { continue }
            let ext = bytes[(prefix.count + 17)...]
            guard ext.count <= 6, ext.allSatisfy({ $0 < 0x80 }),
                  let id = LowerHex64.value(String(decoding: bytes[prefix.count..<(prefix.count + 16)], as: UTF8.self))
            else { return }
            var tail = UInt64(code + 1) | UInt64(ext.count) << 8
            for (position, byte) in ext.enumerated() { tail |= UInt64(byte) << (16 + 8 * UInt64(position)) }
            self = .payload(id: id, tail: tail)
            return
        }
    }

    /// The path, byte for byte as it was packed.
    var path: String {
        switch self {
        case .verbatim(let path):
            return path
        case .payload(let id, let tail):
            let count = Int((tail >> 8) & 0xFF)
            let ext = (0..<count).map { UInt8(truncatingIfNeeded: tail >> (16 + 8 * UInt64($0))) }
            return "data/\(Self.roleNames[Int(tail & 0xFF) - 1])/\(LowerHex64.text(id)).\(String(decoding: ext, as: UTF8.self))"
        }
    }
}
