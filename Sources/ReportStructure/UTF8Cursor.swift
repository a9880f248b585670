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
        // Three bytes (all of CJK and its punctuation) without the general loop.
        if lead >= 0xE0, lead < 0xF0, offset + 3 <= bytes.count {
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
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

    /// Scratch space for a few scalars decoded ahead of a position, reused along a line: the
    /// splitter looks ahead at nearly every digit, and two arrays each time showed in the profile.
    struct Window {
        let scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
        let lengths: UnsafeMutableBufferPointer<Int>

        /// The byte length of the first `scalarCount` scalars decoded.
        func byteLength(_ scalarCount: Int) -> Int {
            lengths[..<scalarCount].reduce(0, +)
        }
    }

    /// Decodes up to `count` scalars (at most the window's size) from byte `offset` into `window`,
    /// with the byte length each takes; returns the decoded scalars.
    func fill(_ window: Window, at offset: Int, _ count: Int) -> UnsafeBufferPointer<Unicode.Scalar> {
        var decoded = 0
        var cursor = offset
        while decoded < count, cursor < bytes.count {
            let (scalar, length) = self.scalar(at: cursor)
            window.scalars[decoded] = scalar
            window.lengths[decoded] = length
            decoded += 1
            cursor += length
        }
        return UnsafeBufferPointer(rebasing: window.scalars[..<decoded])
    }
}
