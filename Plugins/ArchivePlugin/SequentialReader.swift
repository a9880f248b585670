import Conversion

/// Reads a bundle front to back through a fixed buffer, so memory stays flat for any file size.
final class SequentialReader {
    /// The buffer size.
    static let bufferSize = 1 << 20

    private let file: BundleFile
    private var buffer: [UInt8]
    private var bufferStart = 0
    private var bufferEnd = 0  // bytes of `buffer` that are valid
    /// The file offset of the next unread byte.
    private(set) var position = 0
    /// The file's size.
    var size: Int { file.size }

    init(_ file: BundleFile, from position: Int = 0, capacity: Int = bufferSize) {
        self.file = file
        let size = max(4096, min(capacity, Self.bufferSize))
        self.buffer = [UInt8](unsafeUninitializedCapacity: size) { _, count in count = size }  // filled before it is read
        self.position = position
        self.bufferStart = position
    }

    /// Unread bytes in the buffer, refilled so at least `minimum` are there unless the file ends first.
    func available(_ minimum: Int = 1) throws(GazetteError) -> Int {
        let offset = position - bufferStart
        if bufferEnd - offset < minimum {
            // Slide the unread bytes to the front, then fill.
            let unread = max(0, bufferEnd - offset)
            if unread > 0, offset > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    raw.baseAddress!.copyMemory(from: raw.baseAddress! + offset, byteCount: unread)
                }
            }
            bufferStart = position
            bufferEnd = unread
            if minimum > buffer.count { buffer += [UInt8](repeating: 0, count: minimum - buffer.count) }
            let start = position + unread
            let got = buffer.withUnsafeMutableBytes { raw in
                file.read(at: start, into: UnsafeMutableRawBufferPointer(rebasing: raw[unread...]))
            }
            guard got >= 0 else { throw GazetteError(.unreadable, FileIO.errnoText(), file: file.path.description, byteOffset: start) }
            bufferEnd = unread + got
        }
        return bufferEnd - (position - bufferStart)
    }

    /// Calls `body` with the unread buffered bytes.
    func withUnread<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let offset = position - bufferStart
        return try buffer.withUnsafeBytes { raw in
            try body(UnsafeRawBufferPointer(rebasing: raw[offset..<bufferEnd]))
        }
    }

    /// Marks `count` bytes as read.
    func advance(_ count: Int) { position += count }

    /// Moves to `offset`, dropping the buffer when it is not inside it.
    func seek(to offset: Int) {
        if offset >= bufferStart, offset <= bufferStart + bufferEnd { position = offset; return }
        position = offset; bufferStart = offset; bufferEnd = 0
    }

    /// The offset of the next gzip signature (1f 8b 08) at or after `from`, or nil at the end of the file.
    func nextSignature(from offset: Int) throws(GazetteError) -> Int? {
        seek(to: offset)
        while try available(3) >= 3 {
            let found: Int? = withUnread { raw in
                var index = 0
                while index + 2 < raw.count {
                    if raw[index] == 0x1F, raw[index + 1] == 0x8B, raw[index + 2] == 0x08 { return index }
                    index += 1
                }
                return nil
            }
            if let found { return position + found }
            advance(max(1, (try available()) - 2))
        }
        return nil
    }
}
