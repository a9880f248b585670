import Conversion

/// A document as kept while a build runs: fixed-size numbers only, no heap object.
///
/// Why: a build holds one of these per document until its bundle is assembled. Holding the index
/// record (its Strings), member paths and hex digests cost ~2 KB a document (~140 MB at ~68,000);
/// this is ~250 bytes. The record's text is spooled to disk (``recordSpan``), member paths are
/// derived from the id, the role and ``originalExtension``, digests are 32 bytes.
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
    /// The index record without members or aliases, encoded, in the build's record spool.
    var recordSpan: (offset: Int, length: Int)
    /// The original's extension (`txt`, `html`, `json`, `bin`): short enough to be stored inline.
    var originalExtension: String
    /// The members by role: original, json, html (absent when not written).
    var original: Member?
    var json: Member?
    var html: Member?

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
        BundleLookup.roles.reduce((0, 0)) { total, role in member(role).map { (total.0 + $0.size, total.1 + 1) } ?? total }
    }
}
