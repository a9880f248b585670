/// The places where a `<` opens something in a sniff sample, for case-insensitive marker tests.
///
/// Sniffing runs on every input, most of them plain text with no `<` at all; looking for markers
/// only where a `<` stands keeps that cost to one pass over the sample instead of one per marker.
struct TagStarts {
    private let bytes: [UInt8]
    private let starts: [Int]

    /// Finds every `<` in `bytes`.
    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = Array(bytes)
        var starts: [Int] = []
        for (offset, byte) in self.bytes.enumerated() where byte == UInt8(ascii: "<") { starts.append(offset) }
        self.starts = starts
    }

    /// True when `marker` (lowercase ASCII, starting with `<`) occurs, ASCII letters compared without case.
    func contains(_ marker: String) -> Bool {
        let needle = Array(marker.utf8)
        return starts.contains { start in
            guard start + needle.count <= bytes.count else { return false }
            for index in 1..<needle.count {
                let byte = bytes[start + index]
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                if lowered != needle[index] { return false }
            }
            return true
        }
    }
}
