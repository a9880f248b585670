import Conversion

/// A document as kept while a build runs: fixed-size numbers only, no heap object, so it can be
/// spooled to a scratch file as its raw bytes (``SpooledDocument+Bytes.swift``).
///
/// Why: a build used to hold one of these per document until its bundle was assembled (~270 bytes
/// each, twice that while the array grew and was sorted). Now they wait on disk and memory holds a
/// 16-byte ``BuildSpool/Key`` a document. The record's text is spooled too (``recordSpan``), member
/// paths are derived from the id, the role and ``originalExtension``, digests are 32 bytes.
struct SpooledDocument {
    /// One member in the year's spool.
    struct Member {
        /// Where its gzip member starts in the spool, and its length.
        var spoolOffset: Int
        var length: Int
        /// The file's size and SHA-256.
        var size: Int
        var digest: SHA256Bytes
    }

    /// The id's 16 hex digits as a number (so sorting by it sorts by the id text).
    var id: UInt64
    /// The full SHA-256 of the original, to tell a true duplicate from an id collision.
    var sha256: SHA256Bytes
    /// The year that decides the bundle (nil: unknown), for an alias found later.
    var bundleYear: Int?
    /// The index record without members or aliases, encoded, in the build's record spool.
    var recordSpan: (offset: Int, length: Int)
    /// The original's extension's ASCII bytes, first in the lowest byte: a `String` cannot be
    /// spooled as raw bytes, and every extension (`txt`, `html`, `json`, `bin`) fits in 8.
    private var extensionBytes: UInt64
    /// The members by role: original, json, html (absent when not written).
    var original: Member?
    var json: Member?
    var html: Member?

    /// A document with no members yet; `originalExtension` must be at most 8 ASCII bytes.
    init(id: UInt64, sha256: SHA256Bytes, bundleYear: Int?, recordSpan: (offset: Int, length: Int), originalExtension: String) {
        precondition(originalExtension.utf8.count <= 8, "an original's extension is at most 8 bytes")
        self.id = id
        self.sha256 = sha256
        self.bundleYear = bundleYear
        self.recordSpan = recordSpan
        extensionBytes = originalExtension.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The original's extension (`txt`, `html`, `json`, `bin`).
    var originalExtension: String {
        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: extensionBytes >> (8 * $0)) }.prefix { $0 != 0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The member for a payload role.
    func member(_ role: BundleMember.Role) -> Member? {
        switch role {
        case .original: original
        case .json: json
        case .html: html
        case .tag: nil
        }
    }

    /// The id as 16 lowercase hex digits.
    var idText: String { LowerHex64.text(id) }

    /// The bag-relative path of a member.
    func path(_ role: BundleMember.Role) -> String {
        BundleFormat.memberPath(role: role, id: idText, originalExtension: originalExtension)
    }

    /// Bytes and count of the payload files.
    var payload: (bytes: Int, files: Int) {
        BundleFormat.payloadRoles.reduce((0, 0)) { total, role in member(role).map { (total.0 + $0.size, total.1 + 1) } ?? total }
    }
}
