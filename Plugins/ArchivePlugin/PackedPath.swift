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
    static let roleNames = roleNamesStatic.map(\.description)

    /// Packs `path` when it has gazette's form.
    init(_ path: String) {
        var path = path
        self = path.withUTF8 { Self.pack($0) } ?? .verbatim(path)
    }

    /// The payload form of `bytes`, or nil. Compared in place: building arrays and Strings for the
    /// prefixes and the id cost ~7 µs a path, and verify packs several paths a member.
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> PackedPath? {
        let data: StaticString = "data/"
        guard bytes.count > data.utf8CodeUnitCount, Self.has(data, in: bytes, at: 0) else { return nil }
        for (code, role) in roleNamesStatic.enumerated() {
            let start = data.utf8CodeUnitCount, afterRole = start + role.utf8CodeUnitCount
            let idStart = afterRole + 1, dot = idStart + 16
            guard bytes.count > dot, Self.has(role, in: bytes, at: start), bytes[afterRole] == UInt8(ascii: "/"),
                  bytes[dot] == UInt8(ascii: ".") else { continue }
            let ext = UnsafeBufferPointer(rebasing: bytes[(dot + 1)...])
            guard ext.count <= 6, ext.allSatisfy({ $0 < 0x80 }),
                  let id = LowerHex64.value(UnsafeBufferPointer(rebasing: bytes[idStart..<dot]))
            else { return nil }
            var tail = UInt64(code + 1) | UInt64(ext.count) << 8
            for (position, byte) in ext.enumerated() { tail |= UInt64(byte) << (16 + 8 * UInt64(position)) }
            return .payload(id: id, tail: tail)
        }
        return nil
    }

    /// The role names as static bytes, by role code - 1 (``roleNames`` is made from them).
    private static let roleNamesStatic: [StaticString] = ["original", "json", "html"]

    private static func has(_ literal: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != literal.utf8Start[index] { return false }
        return true
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
