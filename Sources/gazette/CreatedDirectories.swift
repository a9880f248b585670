import Conversion
import Foundation

/// The output folders a conversion job has already made, so that each file's write does not ask
/// the kernel to `mkdir` every folder of its path again (each such call locks a directory the
/// other workers are creating files in).
final class CreatedDirectories: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Set<[UInt8]> = []

    /// Creates `path` and its parents unless this job already did; a folder that already exists is fine.
    func ensure(_ path: FilePath) throws(GazetteError) {
        lock.lock()
        let known = made.contains(path.bytes)
        lock.unlock()
        if known { return }
        try FileIO.createDirectory(path)
        lock.lock()
        made.insert(path.bytes)
        lock.unlock()
    }
}
