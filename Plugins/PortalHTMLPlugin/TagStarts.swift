#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The places where a `<` opens something in a sniff sample, for case-insensitive marker tests.
///
/// Sniffing runs on every input, most of them plain text with no `<` at all; looking for markers
/// only where a `<` stands keeps that cost to one pass over the sample instead of one per marker.
struct TagStarts {
    private let scanner: ByteScanner
    private let starts: [Int]

    /// Finds every `<` in `bytes`.
    init(_ bytes: ArraySlice<UInt8>) {
        scanner = ByteScanner(bytes)
        // memchr: a filter over the slice's indices was 1.3% of converting plain text.
        starts = bytes.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            guard let base = buffer.baseAddress else { return found }
            var offset = 0
            while offset < buffer.count, let hit = memchr(base + offset, Int32(UInt8(ascii: "<")), buffer.count - offset) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                found.append(bytes.startIndex + position)
                offset = position + 1
            }
            return found
        }
    }

    /// True when `marker` (lowercase ASCII, starting with `<`) occurs, ASCII letters compared without case.
    func contains(_ marker: String) -> Bool {
        starts.contains { scanner.matches(marker, at: $0) }
    }
}
