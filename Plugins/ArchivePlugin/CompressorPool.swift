import CLibDeflate
import Conversion
import Synchronization

/// libdeflate compressors kept for reuse: each thread takes one, uses it for a member and gives it back.
///
/// Why a pool: a compressor holds about 0.5 MB of state. Allocated per member, under the archive
/// commands' 256 KB mmap threshold, each one would be mapped, faulted in and unmapped again.
final class CompressorPool: Sendable {
    /// One compressor, used by one thread at a time.
    private struct Compressor: @unchecked Sendable {
        let pointer: OpaquePointer
        let level: Int32
    }

    /// The pool the whole process shares.
    static let shared = CompressorPool()

    private let idle = Mutex<[Compressor]>([])

    /// Runs `body` with a compressor of `level`, taken from the pool or made, and keeps it for reuse after.
    func with<Result>(level: Int32, _ body: (OpaquePointer) -> Result) throws(GazetteError) -> Result {
        let taken = idle.withLock { idle -> Compressor? in
            guard let position = idle.lastIndex(where: { $0.level == level }) else { return nil }
            return idle.remove(at: position)
        }
        guard let compressor = taken ?? libdeflate_alloc_compressor(level).map({ Compressor(pointer: $0, level: level) }) else {
            throw GazetteError(.internal, "libdeflate could not make a compressor for level \(level)")
        }
        defer { idle.withLock { $0.append(compressor) } }
        return body(compressor.pointer)
    }
}
