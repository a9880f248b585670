/// Decodes scalars straight from UTF-8 bytes, for the one pass that reads whole flattened lines:
/// much faster than walking a `Substring`'s scalar view, and it yields byte offsets to cut at.
struct UTF8Cursor {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The scalar starting at byte `offset` and its length in bytes (U+FFFD and 1 for a stray byte,
    /// which valid `String` storage never has).
    @inline(__always)
    func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for next in 1..<length { value = value << 6 | UInt32(bytes[offset + next] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Decodes scalars from the start into `buffer` until either is full; returns how many.
    @inline(__always)
    func decode(into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var count = 0
        var offset = 0
        while count < buffer.count, offset < bytes.count {
            let (scalar, length) = self.scalar(at: offset)
            buffer[count] = scalar
            count += 1
            offset += length
        }
        return count
    }

    /// Up to `count` scalars from byte `offset`, with the byte length each takes.
    func window(at offset: Int, _ count: Int) -> (scalars: [Unicode.Scalar], lengths: [Int]) {
        var scalars: [Unicode.Scalar] = []
        var lengths: [Int] = []
        scalars.reserveCapacity(count)
        lengths.reserveCapacity(count)
        var cursor = offset
        while scalars.count < count, cursor < bytes.count {
            let (scalar, length) = self.scalar(at: cursor)
            scalars.append(scalar)
            lengths.append(length)
            cursor += length
        }
        return (scalars, lengths)
    }

    /// The byte length of the first `scalarCount` scalars of a window.
    static func byteLength(_ lengths: [Int], _ scalarCount: Int) -> Int {
        lengths.prefix(scalarCount).reduce(0, +)
    }
}
