#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the input files named on the command line, walking directories recursively.
public enum InputWalker {
    /// The files under the arguments. Hidden entries (`.name`) inside directories are skipped; a
    /// symbolic link to a file counts as the file; a missing argument, a link to nothing or to a
    /// directory, and a device, FIFO or socket are reported, not thrown, so the rest of the batch goes on.
    ///
    /// A folder met inside a walk whose identity is in `excluding` (the command's output folder)
    /// is not entered, so a second run does not take the first one's outputs for inputs.
    public static func expand(_ arguments: [FilePath], excluding: Set<FileIdentity> = []) -> (files: [InputFile], errors: [GazetteError]) {
        var files: [InputFile] = []
        let errors = visit(arguments, excluding: excluding) { files.append($0) }
        return (files, errors)
    }

    /// ``expand(_:)`` into a compact ``InputList``, for a command that holds every input while it
    /// runs: no `[InputFile]` of the whole list exists even for a moment.
    public static func list(_ arguments: [FilePath], excluding: Set<FileIdentity> = []) -> (files: InputList, errors: [GazetteError]) {
        var files = InputList()
        let errors = visit(arguments, excluding: excluding) { files.append($0) }
        return (files, errors)
    }

    /// Hands every file under the arguments to `add`, in order; returns what could not be read.
    private static func visit(_ arguments: [FilePath], excluding: Set<FileIdentity>, _ add: (InputFile) -> Void) -> [GazetteError] {
        var errors: [GazetteError] = []
        for argument in arguments {
            var info = stat()
            guard argument.withCString({ stat($0, &info) }) == 0 else {
                errors.append(GazetteError(errno == ENOENT ? .notFound : .unreadable,
                                           errno == ENOENT ? "no such file or directory" : FileIO.errnoText(),
                                           file: argument.description))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(argument, relative: FilePath(bytes: []), excluding: excluding, add, errors: &errors)
            } else {
                add(InputFile(path: argument, relativePath: FilePath(bytes: argument.lastComponent.bytes)))
            }
        }
        return errors
    }

    private static func walk(_ directory: FilePath, relative: FilePath, excluding: Set<FileIdentity>, _ add: (InputFile) -> Void,
                             errors: inout [GazetteError]) {
        guard let all = FileIO.names(in: directory) else {
            errors.append(GazetteError(.unreadable, FileIO.errnoText(), file: directory.description))
            return
        }
        let names = all.filter { $0.first != UInt8(ascii: ".") }
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = directory.appending(name)
            let relativePath = relative.appending(name)
            var info = stat()
            guard path.withCString({ lstat($0, &info) }) == 0 else {
                // Nothing is skipped in silence; a path past the system's limit is the likely cause.
                let message = errno == ENAMETOOLONG ? "path too long for the system (\(path.bytes.count) bytes; the limit is \(PATH_MAX))" : FileIO.errnoText()
                errors.append(GazetteError(errno == ENOENT ? .notFound : .unreadable, message, file: path.description))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard excluding.isEmpty || !excluding.contains(FileIdentity(info)) else { continue }
                walk(path, relative: relativePath, excluding: excluding, add, errors: &errors)
            case S_IFREG: add(InputFile(path: path, relativePath: relativePath))
            case S_IFLNK:
                if let refusal = linkRefusal(path) {
                    errors.append(refusal)
                } else {
                    add(InputFile(path: path, relativePath: relativePath))
                }
            default:
                // Nothing is skipped in silence: an archivist must learn what was not converted.
                errors.append(GazetteError(.unreadable, "not a regular file (a device, FIFO or socket)", file: path.description))
            }
        }
    }

    /// Nil for a symbolic link to a regular file, which is read like the file (its name is the
    /// link's); else why the link is not followed. Links to directories are not walked, so a link
    /// cannot make the walk loop or leave the folder given.
    private static func linkRefusal(_ path: FilePath) -> GazetteError? {
        var target = stat()
        guard path.withCString({ stat($0, &target) }) == 0 else {
            return GazetteError(.notFound, "symbolic link to nothing (\(FileIO.errnoText()))", file: path.description)
        }
        switch target.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return GazetteError(.unreadable, "symbolic link to a directory: not followed", file: path.description)
        default: return GazetteError(.unreadable, "symbolic link to something not a regular file", file: path.description)
        }
    }
}
