import CEncodingTables

/// The WHATWG Big5 decoder (index Big5 with the HKSCS extensions), table-driven.
///
/// Pointers 1133, 1135, 1164 and 1166 (0x8862, 0x8864, 0x88A3, 0x88A5) decode to two code
/// points each, as the standard says; 0x80 and 0xFF are errors; an ASCII byte after a lead
/// that does not pair with it is read again, never swallowed.
enum Big5Decoder {
    static let name = "Big5"

    static func decode(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        let base = bytes.startIndex
        return LegacyDecoding.decode(bytes) { input, output, problems in
            run(input, base: base, into: &output, problems: &problems)
        }
    }

    /// The WHATWG pointer of a lead and trail, or nil when the trail is not a Big5 trail byte.
    @inline(__always)
    static func pointer(lead: UInt8, trail: UInt8) -> Int? {
        let offset: Int
        switch trail {
        case 0x40...0x7E: offset = 0x40
        case 0xA1...0xFE: offset = 0x62
        default: return nil
        }
        return (Int(lead) - 0x81) * 157 + Int(trail) - offset
    }

    @inline(__always)
    private static func run(
        _ input: UnsafeBufferPointer<UInt8>, base: Int,
        into output: inout LegacyDecodingOutput, problems: inout ProblemList
    ) {
        let index = gazette_big5_index!
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
            guard lead >= 0x81 && lead <= 0xFE else {
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
            if let pointer = pointer(lead: lead, trail: trail) {
                if let pair = twoCodePoints(pointer) {
                    output.append(pair.0)
                    output.append(pair.1)
                    i += 2
                    continue
                }
                let scalar = index[pointer]
                if scalar != 0 {
                    output.append(scalar)
                    i += 2
                    continue
                }
            }
            let length = trail < 0x80 ? 1 : 2
            output.appendReplacement()
            problems.append(LegacyDecoding.invalid(name, input, start: i, shown: 2, length: length, base: base))
            i += length
        }
    }

    /// The four pointers that decode to a letter and a combining mark (no precomposed form exists).
    @inline(__always)
    static func twoCodePoints(_ pointer: Int) -> (UInt32, UInt32)? {
        switch pointer {
        case 1133: (0x00CA, 0x0304)
        case 1135: (0x00CA, 0x030C)
        case 1164: (0x00EA, 0x0304)
        case 1166: (0x00EA, 0x030C)
        default: nil
        }
    }
}
