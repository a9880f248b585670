import Conversion

/// One member of the index as verify holds it: 88 bytes and no heap object in the usual case.
///
/// ``BundleMember`` keeps its path and digest as Strings (~200 bytes of heap per member, ~40 MB
/// over a bundle of ~200,000 members). Here a payload path written by gazette
/// (`data/<role>/<id>.<ext>`, an extension of up to 7 bytes) is kept as the id's and the
/// extension's bytes, and the digest as 32 bytes. Anything else (a path or digest gazette would
/// not write) is kept verbatim in a side object, so checks see exactly the text of the index.
/// (Optional fields and an inline String made it 120 bytes, ~0.1 KB a document more.)
struct CheckedMember: Sendable {
    /// The path and digest text, kept only when they are not in gazette's form.
    private final class Verbatim: Sendable {
        let path: String?
        let sha256: String?

        init(path: String?, sha256: String?) {
            self.path = path
            self.sha256 = sha256
        }
    }

    let offset: Int
    let compressedSize: Int
    let size: Int
    /// The document id as a number, when the path is the canonical one for it.
    private let stem: UInt64
    /// The extension's length (low byte) and bytes, when the path is canonical.
    private let ext: UInt64
    /// The digest, when the index's text is 64 lowercase hex digits.
    private let digest: SHA256Bytes
    private let verbatim: Verbatim?
    let role: BundleMember.Role

    init(_ member: BundleMember, documentID: String) {
        role = member.role
        offset = member.offset
        compressedSize = member.compressedSize
        size = member.size
        let parsed = SHA256Bytes(hex: member.sha256).flatMap { $0.hex == member.sha256 ? $0 : nil }
        digest = parsed ?? SHA256Bytes.zero
        let rawDigest = parsed == nil ? member.sha256 : nil
        let prefix = "data/\(member.role.rawValue)/\(documentID)."
        // Compared as bytes: String equality is canonical equivalence, and the path must come back byte for byte.
        if member.role != .tag, let id = LowerHex64.value(documentID), member.path.utf8.starts(with: prefix.utf8),
           member.path.utf8.count - prefix.utf8.count <= 7 {
            stem = id
            ext = member.path.utf8.dropFirst(prefix.utf8.count).enumerated().reduce(UInt64(member.path.utf8.count - prefix.utf8.count)) {
                $0 | UInt64($1.element) << (8 + 8 * UInt64($1.offset))
            }
            verbatim = rawDigest.map { Verbatim(path: nil, sha256: $0) }
        } else {
            stem = 0
            ext = 0
            verbatim = Verbatim(path: member.path, sha256: rawDigest)
        }
    }

    /// The bag-relative path, as the index spells it.
    var path: String {
        if let path = verbatim?.path { return path }
        let bytes = (0..<Int(ext & 0xFF)).map { UInt8(truncatingIfNeeded: ext >> (8 + 8 * UInt64($0))) }
        return "data/\(role.rawValue)/\(LowerHex64.text(stem)).\(String(decoding: bytes, as: UTF8.self))"
    }

    /// The path packed as ``PackedPath`` keys it, made from the stored numbers when the path is
    /// canonical (no String in between).
    var key: PackedPath {
        let length = Int(ext & 0xFF)
        guard verbatim?.path == nil, length <= 6, let code = PackedPath.roleNames.firstIndex(of: role.rawValue),
              (0..<length).allSatisfy({ (ext >> (8 + 8 * UInt64($0))) & 0xFF < 0x80 })
        else { return PackedPath(path) }
        return .payload(id: stem, tail: UInt64(code + 1) | (ext << 8))
    }

    /// Whether this member's path is the one packed as `key`: byte for byte for a payload key (a
    /// String comparison would also equate canonically equivalent spellings), else as Strings.
    func hasPath(_ key: PackedPath) -> Bool {
        if verbatim?.path == nil, case .payload = key { return self.key == key }
        return path == key.path
    }

    /// The SHA-256 as the index spells it.
    var sha256: String { verbatim?.sha256 ?? digest.hex }

    /// Whether the index gives `actual` as this member's SHA-256 (compared as bytes when the
    /// index's text is a canonical digest, else as that text).
    func hasDigest(_ actual: SHA256Bytes) -> Bool {
        if let text = verbatim?.sha256 { return text == actual.hex }
        return digest == actual
    }

    /// The digest as 32 bytes, nil when the index's text is not a digest.
    var digestBytes: SHA256Bytes? { verbatim?.sha256 == nil ? digest : nil }
}

/// 16 lowercase hex digits <-> a UInt64 (document ids).
enum LowerHex64 {
    /// The value of exactly 16 lowercase hex digits, else nil.
    static func value(_ text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { value($0) }
    }

    /// The value of exactly 16 lowercase hex digits given as bytes, else nil.
    static func value(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard utf8.count == 16 else { return nil }
        var value: UInt64 = 0
        for character in utf8 {
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt64(character - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt64(character - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        return value
    }

    /// The 16 lowercase hex digits of `value`.
    static func text(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: (0..<16).map { digits[Int((value >> UInt64(60 - 4 * $0)) & 0xF)] }, as: UTF8.self)
    }
}
