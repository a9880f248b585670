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
            // Eight bytes at a time while they hold no digit and no full-width lead (0xEF):
            // then any lead byte among them ends the run.
            var end = count
            if let raw, index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if !hasZeroByte((word ^ 0x3030_3030_3030_3030) & 0xF0F0_F0F0_F0F0_F0F0), !hasZeroByte(word ^ 0xEFEF_EFEF_EFEF_EFEF) {
                    if word & ~(word << 1) & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080 { run = 0 }
                    index += 8
                    continue
                }
                // Else these eight one by one before the next window: sliding the window by one
                // byte re-tested the same bytes after every full-width comma (EF BC 8C).
                end = index + 8
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

    /// Whether some byte of `word` is zero (exact: borrows only pass through a zero byte).
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }
}
