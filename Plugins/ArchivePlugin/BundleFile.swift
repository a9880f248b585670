#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

/// An open bundle file for positioned reads.
/// Immutable after opening; `pread` needs no shared position, so workers may share it.
final class BundleFile: @unchecked Sendable {
    /// The path, for messages.
    let path: FilePath
    /// The file's size in bytes.
    let size: Int
    private let fd: Int32

    /// Opens a regular file for reading.
    init(_ path: FilePath) throws(GazetteError) {
        self.path = path
        // O_NONBLOCK so a FIFO is refused below instead of waiting for a writer forever.
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else {
            throw GazetteError(errno == ENOENT ? .notFound : .unreadable, errno == ENOENT ? "no such file" : FileIO.errnoText(), file: path.description)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw GazetteError(.unreadable, "not a regular file", file: path.description)
        }
        self.fd = fd
        self.size = Int(info.st_size)
    }

    deinit { close(fd) }

    /// Reads up to `count` bytes at `offset` (fewer only at the end of the file).
    func read(at offset: Int, count: Int) throws(GazetteError) -> [UInt8] {
        guard offset >= 0, count >= 0, offset <= size else {
            throw GazetteError(.bundleDamaged, "read outside the file", file: path.description, byteOffset: offset)
        }
        var bytes = [UInt8](repeating: 0, count: min(count, size - offset))
        let got = try read(at: offset, into: &bytes)
        bytes.removeLast(bytes.count - got)
        return bytes
    }

    /// Fills `raw` from `offset` as far as the file allows; returns the bytes read, or -1 (see errno).
    func read(at offset: Int, into raw: UnsafeMutableRawBufferPointer) -> Int {
        var filled = 0
        while filled < raw.count {
            let got = pread(fd, raw.baseAddress! + filled, raw.count - filled, off_t(offset + filled))
            if got < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if got == 0 { break }
            filled += got
        }
        return filled
    }

    /// Fills `buffer` from `offset` as far as the file allows; returns the bytes read.
    func read(at offset: Int, into buffer: inout [UInt8]) throws(GazetteError) -> Int {
        var filled = 0
        while filled < buffer.count {
            let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(offset + filled)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw GazetteError(.unreadable, FileIO.errnoText(), file: path.description, byteOffset: offset + filled)
            }
            if got == 0 { break }
            filled += got
        }
        return filled
    }
}
