#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

/// A staging folder that receives verified files, and is removed entirely if extraction fails.
final class StagedFiles {
    let root: FilePath
    private var created: [FilePath] = []
    private var directories: [FilePath] = []
    private var counter = 0

    init(root: FilePath) { self.root = root }

    /// Creates the staging folder, which must not exist.
    func begin() throws(GazetteError) {
        guard root.withCString({ mkdir($0, 0o755) }) == 0 else {
            throw GazetteError(.outputFailed, "cannot create staging folder: \(FileIO.errnoText())", file: root.description)
        }
        directories.append(root)
    }

    /// A new scratch file inside the staging folder.
    func scratch() throws(GazetteError) -> ScratchFile {
        counter += 1
        return try ScratchFile(root.appending(Array(".entry-\(counter)".utf8)))
    }

    /// Moves a checked scratch file to its bag-relative path (already checked to be safe).
    func place(_ file: ScratchFile, at path: String) throws(GazetteError) {
        var directory = root
        for component in path.split(separator: "/").dropLast() {
            directory = directory.appending(Array(component.utf8))
            if directory.withCString({ mkdir($0, 0o755) }) == 0 { directories.append(directory) }
            else if errno != EEXIST { throw GazetteError(.outputFailed, FileIO.errnoText(), file: directory.description) }
        }
        let target = root.appending(Array(path.utf8))
        try file.commit(to: target, sync: false)
        created.append(target)
    }

    /// Removes everything this staging folder received, deepest first.
    func removeAll() {
        for file in created { _ = file.withCString { unlink($0) } }
        for directory in directories.reversed() { _ = directory.withCString { rmdir($0) } }
    }
}
