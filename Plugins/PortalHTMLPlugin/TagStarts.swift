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
        starts = bytes.indices.filter { bytes[$0] == UInt8(ascii: "<") }
    }

    /// True when `marker` (lowercase ASCII, starting with `<`) occurs, ASCII letters compared without case.
    func contains(_ marker: String) -> Bool {
        starts.contains { scanner.matches(marker, at: $0) }
    }
}
