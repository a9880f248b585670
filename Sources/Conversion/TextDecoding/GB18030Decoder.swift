import CEncodingTables

/// The WHATWG gb18030 decoder (also used for the gb2312, gbk and x-gbk labels), table-driven.
///
/// Follows the Encoding Standard's algorithm step for step, GB18030-2022 changes included (see
/// scripts/gen-encoding-tables): 0x80 is U+20AC, 0xFF is an error, two-byte codes come from
/// index gb18030, four-byte codes from index gb18030 ranges (and linearly from U+10000 for
/// pointers 189000 and up). On a bad sequence one U+FFFD is emitted and the bytes WHATWG
/// "prepends" are read again, so an ASCII byte after a bad lead is never swallowed (unlike
/// glibc's //IGNORE). glibc's iconv differs on purpose for 0x80, 0xA3 0xA0, 0xFE 0x51 and five
/// like it, and the old four-byte codes of the 18 characters GB18030-2022 moved: the list is in
/// Tests/ConversionTests/ReferenceDifferences.swift, which checks it exhaustively.
///
/// Speed: ASCII is copied eight bytes at a time; a two-byte code is one lookup in a table of
/// ready-made UTF-8; everything else (0x80, 0xFF, four-byte codes, errors) leaves the hot loop.
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
        into output: inout LegacyDecodingOutput, problems: inout ProblemList
    ) {
        let utf8 = gazette_gb18030_two_byte_utf8!
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
            // The common case in one lookup: the rows of 0x80 and 0xFF are empty, as are bad trails.
            if i + 1 < n {
                let packed = utf8[Int(lead & 0x7F) << 8 | Int(input[i + 1])]
                if packed != 0 {
                    output.appendPacked(packed)
                    i += 2
                    continue
                }
            }
            i = uncommon(input, at: i, base: base, into: &output, problems: &problems)
        }
    }

    /// Everything but ASCII and valid two-byte codes: 0x80, 0xFF, four-byte codes, errors.
    private static func uncommon(
        _ input: UnsafeBufferPointer<UInt8>, at i: Int, base: Int,
        into output: inout LegacyDecodingOutput, problems: inout ProblemList
    ) -> Int {
        let lead = input[i]
        if lead == 0x80 {
            output.append(0x20AC)
            return i + 1
        }
        if lead == 0xFF {
            output.appendReplacement()
            problems.append(LegacyDecoding.invalid(name, input, start: i, shown: 1, length: 1, base: base))
            return i + 1
        }
        guard i + 1 < input.count else {
            output.appendReplacement()
            problems.append(LegacyDecoding.truncated(name, input, start: i, base: base))
            return input.count
        }
        let trail = input[i + 1]
        if trail >= 0x30 && trail <= 0x39 {
            return fourByte(input, at: i, base: base, into: &output, problems: &problems)
        }
        // An ASCII trail is read again; any other bad trail is part of the error.
        let length = trail < 0x80 ? 1 : 2
        output.appendReplacement()
        problems.append(LegacyDecoding.invalid(name, input, start: i, shown: 2, length: length, base: base))
        return i + length
    }
}
