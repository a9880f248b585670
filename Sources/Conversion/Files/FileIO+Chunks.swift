#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileIO {
    /// How many bytes ``forEachChunk(_:chunkSize:expecting:_:)`` reads at a time by default.
    public static let chunkSize = 1 << 20

    /// Reads a regular file front to back through one buffer of `chunkSize` bytes, handing each
    /// piece to `body`, so memory is bounded by the buffer whatever the file's size. Returns the
    /// number of bytes read.
    ///
    /// `expecting`: the size the caller has already relied on (written into a tar header, say);
    /// a file that turns out shorter or longer is refused as changed while it was read, rather
    /// than handed on with a size that no longer describes it.
    @discardableResult
    public static func forEachChunk(
        _ path: FilePath, chunkSize: Int = chunkSize, expecting: Int? = nil,
        _ body: (UnsafeRawBufferPointer) throws(GazetteError) -> Void
    ) throws(GazetteError) -> Int {
        precondition(chunkSize > 0)
        let (fd, _) = try openRegularFile(path)
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let got = Glibc.read(fd, buffer.baseAddress!, chunkSize)
            if got < 0 {
                if errno == EINTR { continue }
                throw GazetteError(.unreadable, errnoText(), file: path.description, byteOffset: total)
            }
            if got == 0 { break }
            total += got
            if let expecting, total > expecting { break }
            try body(UnsafeRawBufferPointer(rebasing: buffer[..<got]))
        }
        if let expecting, total != expecting {
            throw GazetteError(.unreadable, "changed while it was read (\(expecting) bytes, then \(total > expecting ? "more" : "\(total)"))",
                               file: path.description, byteOffset: min(total, expecting))
        }
        return total
    }
}
