/// A few short UTF-8 strings to look for in raw bytes, with a table of their first bytes so the
/// scan touches each byte once and compares only where a needle can start.
struct ByteNeedles: Sendable {
    private let needles: [[UInt8]]
    /// What each byte can start: `single` (a one-byte needle: found), `pair` (a longer needle,
    /// confirmed by `pairs`), or nothing. One load per byte: most bytes of CJK text are
    /// continuation bytes, which start nothing, and most needles lead with a byte CJK text rarely has.
    private let starts: [UInt8]
    /// Longer needles, by their first two bytes: CJK text shares few lead bytes, so one byte
    /// alone would stop the scan at nearly every character.
    private let pairs: [Bool]

    private static let single: UInt8 = 1
    private static let pair: UInt8 = 2

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }
        var starts = [UInt8](repeating: 0, count: 256)
        var pairs = [Bool](repeating: false, count: 65536)
        for needle in needles {
            if needle.count == 1 {
                starts[Int(needle[0])] |= Self.single
            } else {
                starts[Int(needle[0])] |= Self.pair
                pairs[Int(needle[0]) << 8 | Int(needle[1])] = true
            }
        }
        self.starts = starts
        self.pairs = pairs
    }

    /// Whether a needle starts within the first `limit` bytes of `buffer`.
    func occur(in buffer: UnsafeBufferPointer<UInt8>, limit: Int) -> Bool {
        let end = min(buffer.count, limit)
        return starts.withUnsafeBufferPointer { starts in
            pairs.withUnsafeBufferPointer { pairs in
                var index = 0
                while index < end {
                    let byte = Int(buffer[index])
                    let kind = starts[byte]
                    if kind == 0 { index += 1; continue }
                    if kind & Self.single != 0 { return true }
                    if index + 1 < buffer.count, pairs[byte << 8 | Int(buffer[index + 1])], matchesLonger(buffer, at: index) {
                        return true
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// Whether a needle longer than one byte starts at `index`.
    private func matchesLonger(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        for needle in needles where needle.count > 1 && index + needle.count <= buffer.count {
            var offset = 0
            while offset < needle.count, buffer[index + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
