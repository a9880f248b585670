#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits text into lines at LF, CRLF and lone CR, scanning UTF-8 bytes (fast, and unlike
/// `Character` splitting it does not treat CRLF as one unit).
enum TextLines {
    /// The lines of `text` as slices of it, without terminators; a final terminator does not start
    /// an empty line. Slices cost no copy and no second UTF-8 validation per line; the structure
    /// pass only reads them.
    static func slices(_ text: String) -> [Substring] {
        var text = text
        // Offsets first (the buffer is only valid inside `withUTF8`), then one index walk.
        let bounds: [(start: Int, end: Int)] = text.withUTF8 { buffer in
            var bounds: [(start: Int, end: Int)] = []
            if let base = buffer.baseAddress, memchr(base, 0x0D, buffer.count) == nil {
                // No CR at all (the usual case): `memchr` finds each LF, many bytes at a time.
                var start = 0
                while start < buffer.count, let hit = memchr(base + start, 0x0A, buffer.count - start) {
                    let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    bounds.append((start, end))
                    start = end + 1
                }
                if start < buffer.count { bounds.append((start, buffer.count)) }
                return bounds
            }
            var start = 0
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    bounds.append((start, index))
                    if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < count { bounds.append((start, count)) }
            return bounds
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(bounds.count)
        var position = utf8.startIndex
        var offset = 0
        for bound in bounds {
            let start = utf8.index(position, offsetBy: bound.start - offset)
            let end = utf8.index(start, offsetBy: bound.end - bound.start)
            lines.append(text[start..<end])
            position = end
            offset = bound.end
        }
        return lines
    }
}
