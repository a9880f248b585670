#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits text into lines at LF, CRLF and lone CR, scanning UTF-8 bytes (fast, and unlike
/// `Character` splitting it does not treat CRLF as one unit), and trims and measures each line on
/// the same visit.
enum TextLines {
    /// A line with something besides whitespace, as the structure pass first needs it.
    struct Line {
        /// 1-based, blank lines counted.
        var number: Int
        /// The trimmed line (`ScalarText.trimmed`): a byte range of the text's UTF-8.
        var range: Range<Int>
        /// Whether the trimmed line ends in `|` (`PipeTableRebuilder.isPipeLine`).
        var isPipe: Bool
        /// Its scalar count up to `FlattenedLineSplitter.minimumLength` (`ScalarText.count`).
        var length: Int
        /// Whether a form feed (a PDF extractor's page break) stands between this line and the
        /// previous non-blank one.
        var followsPageBreak = false
    }

    /// The non-blank lines of `text`, without terminators; a final terminator does not start an
    /// empty line. Offsets rather than slices: a blank line then costs no slice at all, and the
    /// trimming, pipe and length tests that every line needs run on bytes already in hand.
    static func trimmedLines(_ text: inout String) -> [Line] {
        text.withUTF8 { buffer in
            var lines: [Line] = []
            var number = 0
            var pageBreak = false
            func add(_ start: Int, _ end: Int) {
                number += 1
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                let kept = ScalarText.trimmedRange(line)
                // A form feed is whitespace to the trimming: only the trimmed ends can hold one.
                if line[..<kept.lowerBound].contains(0x0C) { pageBreak = true }
                guard !kept.isEmpty else { return }
                let trimmed = UnsafeBufferPointer(rebasing: line[kept])
                lines.append(Line(
                    number: number, range: (start + kept.lowerBound)..<(start + kept.upperBound),
                    isPipe: PipeTableRebuilder.isPipeLine(bytes: trimmed),
                    length: ScalarText.count(bytes: trimmed, upTo: FlattenedLineSplitter.minimumLength),
                    followsPageBreak: pageBreak))
                pageBreak = line[kept.upperBound...].contains(0x0C)
            }
            if let base = buffer.baseAddress, memchr(base, 0x0D, buffer.count) == nil {
                // No CR at all (the usual case): `memchr` finds each LF, many bytes at a time.
                var start = 0
                while start < buffer.count, let hit = memchr(base + start, 0x0A, buffer.count - start) {
                    let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    add(start, end)
                    start = end + 1
                }
                if start < buffer.count { add(start, buffer.count) }
                return lines
            }
            var start = 0
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    add(start, index)
                    if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < count { add(start, count) }
            return lines
        }
    }
}
