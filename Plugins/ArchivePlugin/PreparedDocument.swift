import Conversion

/// One converted document with its members already compressed, ready to be spooled.
struct PreparedDocument: Sendable {
    /// One member: its bag path, the gzip member bytes, the file size and digest.
    struct Member: Sendable {
        var role: BundleMember.Role
        var path: String
        var gzip: [UInt8]
        var size: Int
        var sha256: String
    }

    /// The index record (members are filled in when the bundle is assembled).
    var record: BundleDocument
    /// The full SHA-256 of the original, to tell a true duplicate from an id collision.
    var sha256: String
    /// The year that decides the bundle (nil: unknown).
    var bundleYear: Int?
    /// The compressed members, in role order.
    var members: [Member]
    /// Bytes of the original.
    var bytesIn: Int
    /// Why the input could not be converted (naming the input); its original is kept alone.
    var conversionFailure: GazetteError?
}
