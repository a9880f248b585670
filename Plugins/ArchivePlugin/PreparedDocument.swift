import Conversion
import DocumentModel

/// One converted document with its members already compressed, ready to be spooled.
struct PreparedDocument: Sendable {
    /// One member: its bag path, the gzip member bytes, the file size and digest.
    struct Member: Sendable {
        var role: BundleMember.Role
        var path: String
        var gzip: Compressed
        var size: Int
        var sha256: String
    }

    /// A member's gzip bytes: in memory, or in a scratch file of their own (a large original
    /// streamed by ``BundleBuilder/prepareStreamed(_:size:)``, never held whole).
    enum Compressed: @unchecked Sendable {
        // Unchecked: the scratch file passes from the worker that wrote it to the one thread that
        // spools it, and is never touched by two threads at once.
        case bytes([UInt8])
        case spooled(ScratchFile)

        /// The member's length in bytes.
        var count: Int {
            switch self {
            case .bytes(let bytes): bytes.count
            case .spooled(let file): file.size
            }
        }
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
    /// The warnings the reader recorded in the document (undecodable bytes, report text left
    /// out, a doubtful encoding), for the build to say, as `convert` does.
    var readerWarnings: [Diagnostic] = []
}
