import CEncodingTables

extension GB18030Decoder {
    /// Decodes the four-byte sequence whose first two bytes (a lead and 0x30-0x39) are at `i`,
    /// and returns the index to go on from.
    static func fourByte(
        _ input: UnsafeBufferPointer<UInt8>, at i: Int, base: Int,
        into output: inout LegacyDecodingOutput, problems: inout ProblemList
    ) -> Int {
        let n = input.count
        guard i + 2 < n else { return truncated(input, at: i, base: base, into: &output, problems: &problems) }
        let third = input[i + 2]
        guard third >= 0x81 && third <= 0xFE else {
            // WHATWG prepends the second and third bytes: only the lead is replaced.
            output.appendReplacement()
            problems.append(LegacyDecoding.invalid(name, input, start: i, shown: 3, length: 1, base: base))
            return i + 1
        }
        guard i + 3 < n else { return truncated(input, at: i, base: base, into: &output, problems: &problems) }
        let fourth = input[i + 3]
        guard fourth >= 0x30 && fourth <= 0x39 else {
            output.appendReplacement()
            problems.append(LegacyDecoding.invalid(name, input, start: i, shown: 4, length: 1, base: base))
            return i + 1
        }
        let pointer = (Int(input[i]) - 0x81) * 12600 + (Int(input[i + 1]) - 0x30) * 1260
            + (Int(third) - 0x81) * 10 + Int(fourth) - 0x30
        if let scalar = rangesCodePoint(pointer) {
            output.append(scalar)
        } else {
            output.appendReplacement()
            problems.append(LegacyDecoding.invalid(name, input, start: i, shown: 4, length: 4, base: base))
        }
        return i + 4
    }

    /// The WHATWG "index gb18030 ranges code point" for a four-byte pointer, or nil.
    static func rangesCodePoint(_ pointer: Int) -> UInt32? {
        if (pointer > 39419 && pointer < 189000) || pointer > 1237575 { return nil }
        if pointer >= 189000 { return UInt32(0x10000 + pointer - 189000) }
        // GB18030-2005 moved U+1E3F to 0xA8BC; its old four-byte code decodes to the PUA.
        if pointer == 7457 { return 0xE7C7 }
        let pointers = gazette_gb18030_range_pointers!
        var low = 0
        var high = Int(GAZETTE_GB18030_RANGE_COUNT) - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(pointers[middle]) <= pointer { low = middle } else { high = middle - 1 }
        }
        return gazette_gb18030_range_code_points[low] + UInt32(pointer - Int(pointers[low]))
    }

    private static func truncated(
        _ input: UnsafeBufferPointer<UInt8>, at i: Int, base: Int,
        into output: inout LegacyDecodingOutput, problems: inout ProblemList
    ) -> Int {
        output.appendReplacement()
        problems.append(LegacyDecoding.truncated(name, input, start: i, base: base))
        return input.count
    }
}
