/// A few short UTF-8 strings to look for in raw bytes, with a table of their first bytes so the
/// scan touches each byte once and compares only where a needle can start.
struct ByteNeedles: Sendable {
    private let needles: [[UInt8]]
    /// One-byte needles, by byte.
    private let singles: [Bool]
    /// Longer needles, by their first two bytes: CJK text shares few lead bytes, so one byte
    /// alone would stop the scan at nearly every character.
    private let pairs: [Bool]

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }
        var singles = [Bool](repeating: false, count: 256)
        var pairs = [Bool](repeating: false, count: 65536)
        for needle in needles {
            if needle.count == 1 { singles[Int(needle[0])] = true } else { pairs[Int(needle[0]) << 8 | Int(needle[1])] = true }
        }
        self.singles = singles
        self.pairs = pairs
    }

    /// Whether a needle starts within the first `limit` bytes of `buffer`.
    func occur(in buffer: UnsafeBufferPointer<UInt8>, limit: Int) -> Bool {
        let end = min(buffer.count, limit)
        return singles.withUnsafeBufferPointer { singles in
            pairs.withUnsafeBufferPointer { pairs in
                var index = 0
                while index < end {
                    let byte = Int(buffer[index])
                    if singles[byte] { return true }
                    if index + 1 < buffer.count, pairs[byte << 8 | Int(buffer[index + 1])] {
                        for needle in needles where needle.count > 1 && index + needle.count <= buffer.count {
                            var offset = 0
                            while offset < needle.count, buffer[index + offset] == needle[offset] { offset += 1 }
                            if offset == needle.count { return true }
                        }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
