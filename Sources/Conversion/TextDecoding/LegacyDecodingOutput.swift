/// The UTF-8 output buffer of the table-driven legacy decoders (GB18030, Big5).
///
/// The decoders write UTF-8 straight into one scratch buffer, copied once into the result `String`
/// (no intermediate scalar array, no second validation). The capacity is a guess that fits real text; the
/// decoders keep `written + reserve + unread input <= capacity` before each non-ASCII step, so
/// ASCII runs never need a check, and report `overflowed` when the guess was too small (input
/// full of U+20AC or errors, whose UTF-8 is longer than their bytes), to be run again with room
/// for the worst case.
struct LegacyDecodingOutput {
    /// Where the UTF-8 goes.
    let buffer: UnsafeMutableBufferPointer<UInt8>
    /// Bytes written so far.
    var count = 0
    /// Set when a step did not fit; the caller then decodes again with more room.
    var overflowed = false

    /// The most UTF-8 bytes one decoding step writes (two code points of Big5 pointer 1133, say).
    static let stepReserve = 8

    /// Room for real text: every two-byte character becomes at most three UTF-8 bytes.
    static func typicalCapacity(for byteCount: Int) -> Int { byteCount + byteCount / 2 + 2 * stepReserve }

    /// Room for anything: every byte becomes at most one U+FFFD (three bytes).
    static func worstCaseCapacity(for byteCount: Int) -> Int { byteCount * 3 + 2 * stepReserve }

    /// True when one more step fits before `remaining` unread input bytes (copied as ASCII at worst).
    @inline(__always)
    func hasRoom(remaining: Int) -> Bool {
        count + LegacyDecodingOutput.stepReserve + remaining <= buffer.count
    }

    /// Appends one byte (ASCII).
    @inline(__always)
    mutating func appendByte(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// Appends the UTF-8 form of a scalar value (never a surrogate: the indexes hold none).
    @inline(__always)
    mutating func append(_ scalar: UInt32) {
        let base = buffer.baseAddress!
        if scalar < 0x80 {
            base[count] = UInt8(truncatingIfNeeded: scalar)
            count += 1
        } else if scalar < 0x800 {
            base[count] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            base[count + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            count += 2
        } else if scalar < 0x10000 {
            base[count] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            base[count + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            base[count + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            count += 3
        } else {
            base[count] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            base[count + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            base[count + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            base[count + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            count += 4
        }
    }

    /// Appends UTF-8 packed as the generated tables pack it: up to three bytes in memory order in
    /// the low 24 bits, their count in the top 8. Writes four bytes unconditionally (the step
    /// reserve covers it) so that there is no branch on the length.
    @inline(__always)
    mutating func appendPacked(_ packed: UInt32) {
        UnsafeMutableRawPointer(buffer.baseAddress!).storeBytes(of: packed.littleEndian, toByteOffset: count, as: UInt32.self)
        count += Int(packed >> 24)
    }

    /// Appends U+FFFD.
    @inline(__always)
    mutating func appendReplacement() { append(0xFFFD) }

    /// Copies the ASCII run starting at `index` of `input`, eight bytes at a time, and returns
    /// the index of the first non-ASCII byte (or the end).
    @inline(__always)
    mutating func copyASCII(from input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let source = UnsafeRawPointer(input.baseAddress!)
        let target = UnsafeMutableRawPointer(buffer.baseAddress!)
        var i = index
        let end = input.count
        while i + 8 <= end {
            let word = source.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            target.storeBytes(of: word, toByteOffset: count, as: UInt64.self)
            i += 8
            count += 8
        }
        while i < end, input[i] < 0x80 {
            buffer[count] = input[i]
            count += 1
            i += 1
        }
        return i
    }
}
