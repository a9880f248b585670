#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

/// The folders of a path that did not exist and were made for it (`mkdir -p`), so that a command
/// that fails, or is interrupted, can take them away again: each is registered with
/// ``InterruptCleanup`` as a folder removed only if empty, until ``keep()`` or ``removeIfEmpty()``.
struct MadeFolders {
    /// The folders made, outermost first.
    private(set) var paths: [FilePath] = []

    /// Makes `path` and every missing folder above it; a folder that already exists is fine.
    init(making path: FilePath) throws(GazetteError) {
        for prefix in path.componentPrefixes {
            if try InterruptCleanup.shared.makeFolder(prefix, registering: .emptyFolder) { paths.append(prefix) }
        }
    }

    /// Keeps the folders: the command succeeded.
    func keep() {
        for path in paths { InterruptCleanup.shared.forget(path) }
    }

    /// Removes the folders that are still empty, innermost first.
    func removeIfEmpty() {
        for path in paths.reversed() {
            _ = path.withCString { rmdir($0) }
            InterruptCleanup.shared.forget(path)
        }
    }
}
