import DocumentModel

/// Notices a statistics table a crawler glued into running text without any separator
/// ("…信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件898989…"): its cells
/// cannot be told apart, so the text stays a paragraph, and a diagnostic says a table is hidden there.
enum GluedTableDetector {
    /// Header words that appear together only in the standard statistics tables.
    private static let signatures: [[[Unicode.Scalar]]] = [
        ["信息内容", "本年"],            // 2019 standard table, 第二十条 sections
        ["申请人情况", "自然人"],         // 2019 standard table, applications received
        ["行政复议", "结果维持", "尚未审结"],  // 2019 standard table, reviews and lawsuits
        ["指标名称", "计量单位"],          // pre-2019 statistics table
    ].map { $0.map(ScalarText.scalars) }

    /// Only paragraphs at least this long are looked at: a glued table is long.
    static let minimumLength = 60

    /// A diagnostic when `paragraph` holds a glued table, else nil.
    static func diagnostic(for paragraph: String, line: Int) -> Diagnostic? {
        let text = Substring(paragraph)
        // Every test must pass, so the cheapest goes first: the digit run (plain byte compares)
        // rules out most paragraphs, including the many that name 信息内容 but hold no figures.
        guard ScalarText.count(text, upTo: minimumLength) >= minimumLength, hasDigitRun(paragraph, 5),
              ScalarText.containsAny(text, headerStarts) else { return nil }
        let s = Array(paragraph.unicodeScalars)
        guard signatures.contains(where: { words in words.allSatisfy { ScalarText.find($0, in: s) != nil } }) else { return nil }
        return Diagnostic(.info,
            "line \(line) holds a statistics table glued into running text without separators; "
            + "its cells cannot be told apart, kept as a paragraph")
    }

    private static let headerStarts = ByteNeedles(["信息内容", "申请人情况", "结果维持", "指标名称"])

    /// Whether `text` holds `length` decimal digits in a row (ASCII or full-width, as
    /// `ScalarText.digit` reads them), scanning UTF-8: a full-width digit is EF BC 90-99, and any
    /// other scalar breaks the run at its first byte.
    static func hasDigitRun(_ text: String, _ length: Int) -> Bool {
        ScalarText.withUTF8(text[...]) { hasDigitRun($0, length) }
    }

    private static func hasDigitRun(_ bytes: UnsafeBufferPointer<UInt8>, _ length: Int) -> Bool {
        var run = 0
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while index < count {
            var end = count
            if let raw, index + 18 <= count {
                // Sixteen bytes at once while no digit starts among them: then a lead byte among
                // them (sixteen bytes of valid UTF-8 always hold one) ends the run.
                if !mayStartDigit(raw, at: index) {
                    run = 0
                    index += 16
                    continue
                }
                // Else these sixteen one by one, then the next block.
                end = index + 16
            }
            while index < end {
                let byte = bytes[index]
                var width = 0
                if byte >= 0x30 && byte <= 0x39 {
                    width = 1
                } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBC, bytes[index + 2] >= 0x90, bytes[index + 2] <= 0x99 {
                    width = 3
                }
                if width > 0 {
                    run += 1
                    if run >= length { return true }
                    index += width
                    continue
                }
                if byte & 0xC0 != 0x80 { run = 0 }
                index += 1
            }
        }
        return false
    }

    /// Whether an ASCII digit or a full-width one (EF BC 90-99) starts at one of the sixteen
    /// offsets from `index` (reads 18 bytes). SIMD compares: most blocks of prose hold no digit,
    /// and the full-width commas (EF BC 8C) of Chinese text stopped the word-at-a-time test.
    @inline(__always)
    private static func mayStartDigit(_ raw: UnsafeRawPointer, at index: Int) -> Bool {
        // Every operand a vector bound to a name: with a scalar or an inline `SIMD16(repeating:)`
        // operand the compiler compared lane by lane.
        let ten = SIMD16<UInt8>(repeating: 10), zero = SIMD16<UInt8>(repeating: 0x30)
        let ninety = SIMD16<UInt8>(repeating: 0x90), lead = SIMD16<UInt8>(repeating: 0xEF), second = SIMD16<UInt8>(repeating: 0xBC)
        let bytes0 = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        let bytes1 = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
        let bytes2 = raw.loadUnaligned(fromByteOffset: index + 2, as: SIMD16<UInt8>.self)
        let ascii = (bytes0 &- zero) .< ten
        let fullWidth = (bytes0 .== lead) .& (bytes1 .== second) .& ((bytes2 &- ninety) .< ten)
        let lanes = unsafeBitCast(ascii .| fullWidth, to: SIMD2<UInt64>.self)
        return lanes[0] | lanes[1] != 0
    }
}
