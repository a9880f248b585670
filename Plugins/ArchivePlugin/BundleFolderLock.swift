#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

/// An exclusive lock on the bundles folder, held for a whole build.
///
/// Why: a build decides whether it may replace a year's bundle by reading the bundle there, and
/// writes its own much later. Two builds into one folder at once both read the old bundle, and the
/// second rename dropped the first build's documents with both exiting 0. Under the lock, the
/// second build starts after the first is done and sees its bundle. The lock is `flock` on the
/// folder itself, so nothing is left in it; the kernel releases it when the process ends, however
/// it ends. Where the file system has no such locks, the build goes on without one.
final class BundleFolderLock {
    private let descriptor: Int32

    /// Locks `folder`, calling `waiting` once first when another process holds the lock.
    init(_ folder: FilePath, waiting: () -> Void) throws(GazetteError) {
        descriptor = folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else {
            var info = stat()
            let dangling = folder.withCString { lstat($0, &info) } == 0 && (info.st_mode & S_IFMT) == S_IFLNK
            throw GazetteError(.outputFailed, dangling ? "a symbolic link to nothing, not a folder" : "cannot open the bundles folder: \(FileIO.errnoText())",
                               file: folder.description)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) != 0 else { return }
        guard errno == EWOULDBLOCK else { return }  // No locks here (ENOLCK, some network file systems).
        waiting()
        while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
    }

    deinit { close(descriptor) }
}
