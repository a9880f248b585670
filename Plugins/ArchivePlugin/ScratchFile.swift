#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

/// A new file written by appending, readable by position; removed unless it is renamed into place.
final class ScratchFile {
    /// What becomes of the file's name.
    enum Naming {
        /// Removed as soon as the file is open: the descriptor keeps the data, read back by position
        /// only, and nothing is left behind whatever happens to the process, SIGKILL included.
        case unlinked
        /// Kept until ``ScratchFile/commit(to:sync:)`` or deinit, and removed by ``InterruptCleanup``
        /// if the process is interrupted first: a bundle's temporary file.
        case removedOnInterrupt
        /// Kept until ``ScratchFile/commit(to:sync:)`` or deinit, inside a folder that
        /// ``InterruptCleanup`` removes whole (extract's staging folder).
        case inRegisteredFolder
    }

    /// Where it is (where it was made, for an unlinked file).
    let path: FilePath
    /// Bytes written so far, which is also the offset of the next write.
    private(set) var size = 0
    private let naming: Naming
    private var fd: Int32 = -1
    private var buffer: [UInt8] = []
    private var kept = false
    private static let bufferLimit = 1 << 20

    /// Creates the file; it must not exist yet. Made under ``InterruptCleanup``'s lock, so an
    /// interrupt cannot fall between making the name and registering or unlinking it.
    init(_ path: FilePath, naming: Naming) throws(GazetteError) {
        self.path = path
        self.naming = naming
        fd = try InterruptCleanup.shared.change(registering: naming == .removedOnInterrupt ? (path, .file) : nil) { () throws(GazetteError) -> Int32 in
            let fd = path.withCString { open($0, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
            guard fd >= 0 else { throw GazetteError(.outputFailed, FileIO.errnoText(), file: path.description) }
            if naming == .unlinked { _ = path.withCString { unlink($0) } }
            return fd
        }
        kept = naming == .unlinked  // its name is gone already: nothing for deinit to remove
        buffer.reserveCapacity(Self.bufferLimit)
    }

    /// An unlinked scratch file in the temporary folder (`TMPDIR`, else `/tmp`).
    static func anonymous(_ label: String) throws(GazetteError) -> ScratchFile {
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let name = "\(folder)/.gazette-\(label)-\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))"
        return try ScratchFile(FilePath(bytes: Array(name.utf8)), naming: .unlinked)
    }

    deinit {
        if fd >= 0 { close(fd) }
        if !kept {
            _ = path.withCString { unlink($0) }
            if naming == .removedOnInterrupt { InterruptCleanup.shared.forget(path) }
        }
    }

    /// Appends bytes; returns the offset they start at.
    @discardableResult
    func append<C: Collection<UInt8>>(_ bytes: C) throws(GazetteError) -> Int {
        let offset = size
        buffer.append(contentsOf: bytes)
        size += bytes.count
        if buffer.count >= Self.bufferLimit { try flush() }
        return offset
    }

    /// Writes out buffered bytes.
    func flush() throws(GazetteError) {
        var written = 0
        while written < buffer.count {
            let done = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if done < 0 {
                if errno == EINTR { continue }
                throw GazetteError(.outputFailed, FileIO.errnoText(), file: path.description)
            }
            written += done
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Reads `count` bytes written earlier at `offset`.
    func read(at offset: Int, count: Int) throws(GazetteError) -> [UInt8] {
        try flush()
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, count - filled, off_t(offset + filled)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw GazetteError(.outputFailed, "cannot read back scratch data", file: path.description) }
            filled += got
        }
        return bytes
    }

    /// How much ``forEachChunk(_:)`` reads at a time.
    static let chunkSize = 1 << 20

    /// Hands the whole file to `body` from the start, `chunkSize` bytes at a time, so a spooled
    /// file of any size is never held whole.
    func forEachChunk(_ body: ([UInt8]) throws(GazetteError) -> Void) throws(GazetteError) {
        var position = 0
        while position < size {
            let chunk = try read(at: position, count: min(Self.chunkSize, size - position))
            try body(chunk)
            position += chunk.count
        }
    }

    /// Appends `count` bytes of `source` from `offset`, `chunkSize` at a time; returns the offset
    /// they start at here. A member of any size passes from spool to bundle without being held.
    @discardableResult
    func append(from source: ScratchFile, at offset: Int, count: Int) throws(GazetteError) -> Int {
        let start = size
        var copied = 0
        while copied < count {
            try append(try source.read(at: offset + copied, count: min(Self.chunkSize, count - copied)))
            copied = min(count, copied + Self.chunkSize)
        }
        return start
    }

    /// Flushes, syncs and renames the file to `target`, atomically replacing it; from then on the
    /// file is no longer removed on interrupt.
    func commit(to target: FilePath, sync: Bool = true) throws(GazetteError) {
        precondition(naming != .unlinked, "an unlinked scratch file has no name to rename")
        try flush()
        guard !sync || fsync(fd) == 0 else { throw GazetteError(.outputFailed, FileIO.errnoText(), file: path.description) }
        close(fd)
        fd = -1
        let path = path
        try InterruptCleanup.shared.change(forgetting: naming == .removedOnInterrupt ? path : nil) { () throws(GazetteError) in
            let renamed = path.withCString { from in target.withCString { to in rename(from, to) } }
            guard renamed == 0 else { throw GazetteError(.outputFailed, FileIO.errnoText(), file: target.description) }
        }
        kept = true
    }
}
