/// A few short UTF-8 strings to look for in raw bytes, with a table of their first bytes so the
/// scan touches each byte once and compares only where a needle can start.
struct ByteNeedles: Sendable {
    private let needles: [[UInt8]]
    private let starts: [Bool]

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }
        var starts = [Bool](repeating: false, count: 256)
        for needle in needles { starts[Int(needle[0])] = true }
        self.starts = starts
    }

    /// Whether a needle starts within the first `limit` bytes of `buffer`.
    func occur(in buffer: UnsafeBufferPointer<UInt8>, limit: Int) -> Bool {
        let end = min(buffer.count, limit)
        return starts.withUnsafeBufferPointer { starts in
            var index = 0
            while index < end {
                if starts[Int(buffer[index])] {
                    for needle in needles where index + needle.count <= buffer.count {
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
