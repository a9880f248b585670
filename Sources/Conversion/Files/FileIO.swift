#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Whole-file and prefix reads and atomic writes on exact-byte paths, with errors that name the file.
public enum FileIO {
    /// Reads every byte of a regular file.
    public static func read(_ path: FilePath) throws(GazetteError) -> [UInt8] {
        let (fd, info) = try openRegularFile(path)
        defer { close(fd) }
        // Read straight into an array of the stated size; only a file that grows while it is read
        // costs more. (Growing the array to look for the end doubled and copied every file.)
        // One byte more than stated: a read that stops at the stated size is the end of the file,
        // without a further read to hear it (one system call a file fewer).
        let stated = Int(info.st_size)
        var bytes = try read(upTo: stated + 1, from: fd, path, endingAt: stated)
        guard bytes.count > stated else { return bytes }
        let filled = stated
        // More bytes than its size said: read on in small steps.
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { (chunk) throws(GazetteError) in
            while true {
                let got = Glibc.read(fd, chunk.baseAddress!, chunk.count)
                if got < 0 {
                    if errno == EINTR { continue }
                    throw GazetteError(.unreadable, errnoText(), file: path.description, byteOffset: bytes.count)
                }
                if got == 0 { break }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<got]))
                // A file that grows without end (a pseudo-file of /proc that states size 0) must
                // not take all memory.
                if bytes.count - filled > Self.growthLimit {
                    throw GazetteError(.unreadable, "grows while it is read (over \(Self.growthLimit >> 20) MB past its stated size \(filled))",
                                       file: path.description, byteOffset: bytes.count)
                }
            }
        }
        return bytes
    }

    /// The leading bytes of a regular file, at most `maximumLength` of them, and whether they are
    /// the whole file. Memory and time are bounded by `maximumLength`, whatever the file's size.
    public static func readPrefix(_ path: FilePath, maximumLength: Int) throws(GazetteError) -> (bytes: [UInt8], isWhole: Bool) {
        precondition(maximumLength >= 0)
        let (fd, _) = try openRegularFile(path)
        defer { close(fd) }
        // One byte more than asked says whether the file goes on, even for a file whose stated
        // size is wrong (a pseudo-file of /proc states 0).
        var bytes = try read(upTo: maximumLength + 1, from: fd, path)
        guard bytes.count > maximumLength else { return (bytes, true) }
        bytes.removeLast()
        return (bytes, false)
    }

    /// Up to `capacity` bytes read from `fd` into an array of that capacity (fewer at the end of
    /// the file); a read error names `path` and the offset reached. A short read that reaches
    /// `endingAt` is taken for the end of the file (a regular file's read is short only there).
    private static func read(upTo capacity: Int, from fd: Int32, _ path: FilePath, endingAt end: Int? = nil) throws(GazetteError) -> [UInt8] {
        var filled = 0
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while filled < buffer.count {
                let got = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno; break }
                if got == 0 { break }
                filled += got
                if filled == end { break }
            }
            count = filled
        }
        if failure != 0 { throw GazetteError(.unreadable, String(cString: strerror(failure)), file: path.description, byteOffset: filled) }
        return bytes
    }

    /// This process's id, in the names of its temporary files.
    private static let processID = getpid()
    /// How many temporary names this process has made.
    private static let temporaryCount = Atomic<Int>(0)

    /// How far past its stated size a file may grow while it is read.
    static let growthLimit = 256 << 20

    /// Writes bytes to a temporary file beside `path`, then renames it into place.
    ///
    /// The temporary name is hidden (`.name.tmp-PID-N`) and registered with ``InterruptCleanup``
    /// until it is renamed: an interrupted command removes it, and if the process is killed between
    /// the two, what is left is not taken for an input by a later walk of the folder, nor seen by `ls`.
    public static func writeAtomically(_ bytes: [UInt8], to path: FilePath) throws(GazetteError) {
        let cleanup = InterruptCleanup.shared
        var temporary: FilePath
        var fd: Int32 = -1
        // N counts this process's temporaries: unique among them without a system call for a random
        // number; a name left by a killed process of the same number is stepped over.
        var attempts = 0
        while true {
            let suffix = Array(".tmp-\(processID)-\(temporaryCount.add(1, ordering: .relaxed).newValue)".utf8)
            var hidden = Array(".".utf8) + path.lastComponent.bytes + suffix
            // A name near the file system's limit of 255 bytes has no room for the suffix.
            if hidden.count > 255 { hidden = Array(".gazette".utf8) + suffix }
            temporary = path.parent.map { $0.appending(hidden) } ?? FilePath(bytes: hidden)
            var failure: Int32 = 0
            do {
                // Registered only once made, inside the cleanup's gate: an interrupt removes it or never sees it.
                fd = try cleanup.change(registering: (temporary, .file)) { () throws(GazetteError) -> Int32 in
                    let fd = temporary.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
                    if fd < 0 {
                        failure = errno
                        throw GazetteError(.outputFailed, String(cString: strerror(failure)), file: path.description)
                    }
                    return fd
                }
                break
            } catch {
                attempts += 1
                guard failure == EEXIST, attempts < 100 else { throw error }
            }
        }
        var written = 0
        while written < bytes.count {
            let done = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if done < 0 {
                if errno == EINTR { continue }
                let message = errnoText()
                close(fd)
                remove(temporary)
                throw GazetteError(.outputFailed, message, file: path.description)
            }
            written += done
        }
        close(fd)
        var failure = ""
        let renamed = cleanup.change(forgetting: temporary) {
            let renamed = temporary.withCString { from in path.withCString { to in rename(from, to) } }
            if renamed != 0 { failure = errnoText() }
            return renamed
        }
        guard renamed == 0 else {
            remove(temporary)
            throw GazetteError(.outputFailed, failure, file: path.description)
        }
    }

    /// Unlinks a temporary file that was not renamed into place, and forgets it.
    private static func remove(_ temporary: FilePath) {
        InterruptCleanup.shared.change(forgetting: temporary) { _ = temporary.withCString { unlink($0) } }
    }

    /// Creates a directory and its parents (like `mkdir -p`).
    public static func createDirectory(_ path: FilePath) throws(GazetteError) {
        for prefix in path.componentPrefixes {
            let made = prefix.withCString { mkdir($0, 0o755) }
            if made != 0, errno != EEXIST {
                throw GazetteError(.outputFailed, "cannot create directory: \(errnoText())", file: prefix.description)
            }
        }
    }

    /// The names in a folder, as bytes, in the order the file system gives them, without `.` and
    /// `..`; nil when it cannot be opened (`errno` says why).
    public static func names(in folder: FilePath) -> [[UInt8]]? {
        guard let handle = folder.withCString({ opendir($0) }) else { return nil }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names
    }

    /// What `errno` says, as text.
    public static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Opens a regular file for reading: its descriptor and status; anything else is refused.
    static func openRegularFile(_ path: FilePath) throws(GazetteError) -> (descriptor: Int32, status: stat) {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever; it is
        // refused below as not a regular file. Reads of a regular file never block on it.
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else { throw openError(path) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = GazetteError(.unreadable, errnoText(), file: path.description)
            close(fd)
            throw error
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw GazetteError(.unreadable, "not a regular file", file: path.description)
        }
        return (fd, info)
    }

    private static func openError(_ path: FilePath) -> GazetteError {
        let code: GazetteError.Code = errno == ENOENT || errno == ENOTDIR ? .notFound : .unreadable
        return GazetteError(code, code == .notFound ? "no such file" : errnoText(), file: path.description)
    }
}
