#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

/// A staging folder that receives verified files, and is removed entirely if extraction fails or
/// the process is interrupted (it is registered with ``InterruptCleanup`` until it is renamed).
///
/// Only the folders it creates are remembered (a handful: the bag's `data/<role>`), not the files:
/// a path a file grew with the bundle, and the folders are new, so all they hold is ours.
final class StagedFiles {
    let root: FilePath
    private var directories: [FilePath] = []
    private var counter = 0

    init(root: FilePath) { self.root = root }

    /// Creates the staging folder, which must not exist.
    func begin() throws(GazetteError) {
        guard try InterruptCleanup.shared.makeFolder(root, registering: .tree) else {
            throw GazetteError(.outputFailed, "cannot create staging folder: it exists already", file: root.description)
        }
        directories.append(root)
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
            if try InterruptCleanup.shared.makeFolder(directory, registering: nil) { directories.append(directory) }
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

    /// Removes everything this staging folder received, deepest first: the files in each folder it
    /// created, then the folder.
    func removeAll() {
        for directory in directories.reversed() {
            Self.removeFiles(in: directory)
            _ = directory.withCString { rmdir($0) }
        }
        InterruptCleanup.shared.forget(root)
    }

    /// Unlinks everything but folders in `directory`, reading it again until a pass removes nothing
    /// (a folder read while it changes may skip names).
    private static func removeFiles(in directory: FilePath) {
        var removed = true
        while removed {
            removed = false
            guard let handle = directory.withCString({ opendir($0) }) else { return }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
                if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
                let path = directory.appending(name)
                var info = stat()
                guard path.withCString({ lstat($0, &info) }) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                if path.withCString({ unlink($0) }) == 0 { removed = true }
            }
            closedir(handle)
        }
    }
}
