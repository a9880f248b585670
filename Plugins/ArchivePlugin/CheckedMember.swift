import Conversion

/// One member of the index as verify holds it: no heap object in the usual case.
///
/// ``BundleMember`` keeps its path and digest as Strings (~200 bytes of heap per member, ~40 MB
/// over a bundle of ~200,000 members). Here a payload path written by gazette
/// (`data/<role>/<id>.<ext>`) is kept as the id's 8 bytes and the extension, a String short enough
/// to be stored inline, and the digest as 32 bytes. Anything else (a path or digest gazette would
/// not write) is kept verbatim, so checks see exactly the text of the index.
struct CheckedMember: Sendable {
    let role: BundleMember.Role
    let offset: Int
    let compressedSize: Int
    let size: Int
    /// The document id as a number when the path is the canonical one for it; then `rest` is the extension.
    private let stem: UInt64?
    /// The extension (canonical path) or the whole path.
    private let rest: String
    private let digest: SHA256Bytes?
    /// The index's digest text, kept only when it is not 64 lowercase hex digits.
    private let rawDigest: String?

    init(_ member: BundleMember, documentID: String) {
        role = member.role
        offset = member.offset
        compressedSize = member.compressedSize
        size = member.size
        let parsed = SHA256Bytes(hex: member.sha256)
        digest = parsed
        rawDigest = parsed?.hex == member.sha256 ? nil : member.sha256
        let prefix = "data/\(member.role.rawValue)/\(documentID)."
        // Compared as bytes: String equality is canonical equivalence, and the path must come back byte for byte.
        if member.role != .tag, let id = LowerHex64.value(documentID), member.path.utf8.starts(with: prefix.utf8) {
            let ext = String(decoding: member.path.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
            // Only worth it when the extension is stored inline, without a heap object of its own.
            if ext.utf8.count <= 15 {
                stem = id
                rest = ext
                return
            }
        }
        stem = nil
        rest = member.path
    }

    /// The bag-relative path, as the index spells it.
    var path: String { stem.map { Self.path(role: role, id: $0, ext: rest) } ?? rest }

    /// The SHA-256 as the index spells it.
    var sha256: String { rawDigest ?? digest?.hex ?? "" }

    /// The digest as 32 bytes, nil when the index's text is not a digest.
    var digestBytes: SHA256Bytes? { rawDigest == nil ? digest : nil }

    private static func path(role: BundleMember.Role, id: UInt64, ext: String) -> String {
        "data/\(role.rawValue)/\(LowerHex64.text(id)).\(ext)"
    }
}

/// 16 lowercase hex digits <-> a UInt64 (document ids).
enum LowerHex64 {
    /// The value of exactly 16 lowercase hex digits, else nil.
    static func value(_ text: String) -> UInt64? {
        guard text.utf8.count == 16 else { return nil }
        var value: UInt64 = 0
        for character in text.utf8 {
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
