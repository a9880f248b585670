#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

/// A staging folder that receives verified files, and is removed entirely if extraction fails or
/// the process is interrupted (it is registered with ``InterruptCleanup`` until it is renamed).
///
/// Nothing it places is remembered (a path a file grew with the bundle): the folder is new, so all
/// it holds is ours, and it is removed whole.
final class StagedFiles {
    let root: FilePath
    private var counter = 0

    init(root: FilePath) { self.root = root }

    /// Creates the staging folder, which must not exist.
    func begin() throws(GazetteError) {
        guard try InterruptCleanup.shared.makeFolder(root, registering: .tree) else {
            throw GazetteError(.outputFailed, "cannot create staging folder: it exists already", file: root.description)
        }
    }

    /// A new scratch file inside the staging folder.
    func scratch() throws(GazetteError) -> ScratchFile {
        counter += 1
        return try ScratchFile(root.appending(Array(".entry-\(counter)".utf8)), naming: .inRegisteredFolder)
    }

    /// Moves a checked scratch file to its bag-relative path (already checked to be safe).
    func place(_ file: ScratchFile, at path: String) throws(GazetteError) {
        var directory = root
        for component in path.split(separator: "/").dropLast() {
            directory = directory.appending(Array(component.utf8))
            _ = try InterruptCleanup.shared.makeFolder(directory, registering: nil)
        }
        let target = root.appending(Array(path.utf8))
        try file.commit(to: target, sync: false)
    }

    /// Renames the staging folder to `bag`, which then stays whatever happens.
    func publish(as bag: FilePath) throws(GazetteError) {
        let root = root
        try InterruptCleanup.shared.change(forgetting: root) { () throws(GazetteError) in
            let renamed = root.withCString { from in bag.withCString { to in rename(from, to) } }
            guard renamed == 0 else { throw GazetteError(.outputFailed, FileIO.errnoText(), file: bag.description) }
        }
    }

    /// Removes the staging folder and everything it received.
    func removeAll() {
        InterruptCleanup.removeTree(root)
        InterruptCleanup.shared.forget(root)
    }
}
