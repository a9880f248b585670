import CEncodingTables

/// The WHATWG gb18030 decoder (also used for the gb2312, gbk and x-gbk labels), table-driven.
///
/// Follows the Encoding Standard's algorithm step for step, GB18030-2022 changes included (see
/// scripts/gen-encoding-tables): 0x80 is U+20AC, 0xFF is an error, two-byte codes come from
/// index gb18030, four-byte codes from index gb18030 ranges (and linearly from U+10000 for
/// pointers 189000 and up). On a bad sequence one U+FFFD is emitted and the bytes WHATWG
/// "prepends" are read again, so an ASCII byte after a bad lead is never swallowed.
enum GB18030Decoder {
    static let name = "GB18030"

    static func decode(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        let base = bytes.startIndex
        return LegacyDecoding.decode(bytes) { input, output, problems in
            run(input, base: base, into: &output, problems: &problems)
        }
    }

    @inline(__always)
    private static func run(
        _ input: UnsafeBufferPointer<UInt8>, base: Int,
        into output: inout LegacyDecodingOutput, problems: inout [DecodingProblem]
    ) {
        let twoByte = gazette_gb18030_two_byte!
        let n = input.count
        var i = 0
        while i < n {
            let lead = input[i]
            if lead < 0x80 {
                i = output.copyASCII(from: input, at: i)
                continue
            }
            guard output.hasRoom(remaining: n - i) else {
                output.overflowed = true
                return
            }
            if lead == 0x80 {
                output.append(0x20AC)
                i += 1
                continue
            }
            if lead == 0xFF {
                output.appendReplacement()
                problems.append(LegacyDecoding.invalid(name, input, start: i, shown: 1, length: 1, base: base))
                i += 1
                continue
            }
            guard i + 1 < n else {
                output.appendReplacement()
                problems.append(LegacyDecoding.truncated(name, input, start: i, base: base))
                return
            }
            let trail = input[i + 1]
            let scalar = twoByte[Int(lead &- 0x81) << 8 | Int(trail)]
            if scalar != 0 {
                output.append(UInt32(scalar))
                i += 2
            } else if trail >= 0x30 && trail <= 0x39 {
                i = fourByte(input, at: i, base: base, into: &output, problems: &problems)
            } else {
                // An ASCII trail is read again; any other bad trail is part of the error.
                let length = trail < 0x80 ? 1 : 2
                output.appendReplacement()
                problems.append(LegacyDecoding.invalid(name, input, start: i, shown: 2, length: length, base: base))
                i += length
            }
        }
    }
}
