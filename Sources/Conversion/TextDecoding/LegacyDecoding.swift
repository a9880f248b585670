/// What the table-driven legacy decoders share: building the `String` once, and problem messages.
enum LegacyDecoding {
    /// Runs `step` over `bytes` into scratch memory and makes the `String` of it, first with room for real text,
    /// again with room for the worst case if that overflowed.
    ///
    /// `step` gets the input, the output and the problem list, and returns normally; it sets
    /// `output.overflowed` and stops when a step does not fit.
    @inline(__always)
    static func decode(
        _ bytes: ArraySlice<UInt8>,
        _ step: (UnsafeBufferPointer<UInt8>, inout LegacyDecodingOutput, inout ProblemList) -> Void
    ) -> DecodedText {
        bytes.withUnsafeBufferPointer { input in
            for capacity in [
                LegacyDecodingOutput.typicalCapacity(for: input.count),
                LegacyDecodingOutput.worstCaseCapacity(for: input.count),
            ] {
                var problems = ProblemList()
                // Decoded into scratch memory and copied once: building the String in place made
                // Swift validate the UTF-8 these decoders only ever write valid.
                let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> String? in
                    var output = LegacyDecodingOutput(buffer: buffer)
                    step(input, &output, &problems)
                    guard !output.overflowed else { return nil }
                    return String(knownValidUTF8: UnsafeBufferPointer(rebasing: buffer[..<output.count]))
                }
                if let text { return DecodedText(text: text, problems: problems) }
            }
            preconditionFailure("worst-case capacity is always enough")
        }
    }

    /// A problem for the bytes `input[start..<start + shown]`, replaced by one U+FFFD covering `length` bytes.
    @inline(never)
    static func invalid(
        _ encoding: String, _ input: UnsafeBufferPointer<UInt8>, start: Int, shown: Int, length: Int, base: Int
    ) -> DecodingProblem {
        let end = min(input.count, start + shown)
        let listed = input[start..<end].map { hexByte($0) }.joined(separator: " ")
        return DecodingProblem(byteOffset: base + start, length: length, message: "invalid \(encoding) sequence \(listed)")
    }

    /// A problem for a multibyte sequence cut off by the end of the input.
    @inline(never)
    static func truncated(_ encoding: String, _ input: UnsafeBufferPointer<UInt8>, start: Int, base: Int) -> DecodingProblem {
        let listed = input[start...].map { hexByte($0) }.joined(separator: " ")
        return DecodingProblem(
            byteOffset: base + start, length: input.count - start,
            message: "truncated \(encoding) sequence at end of input (\(listed))")
    }

    /// `0x8A` style.
    static func hexByte(_ byte: UInt8) -> String {
        let digits: [Character] = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}
