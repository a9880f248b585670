/// What a PDF prints on every page rather than in the report, as a PDF-to-text extractor leaves it
/// among the lines: page numbers (`- 2 -`, `— 2 —`, `第 3 页 共 5 页`, `3/5`) and a running header
/// (the report's title or agency atop each page).
///
/// Why: a page break falls anywhere, inside a table flattened one cell per line too, where a page
/// number read as a figure (`-2-` and `2/5` are figures to `CellRunTableRebuilder.isNumber`) put
/// every cell after it one column off. Such lines are set aside, and the body is built as if they
/// were not there (`BodyBuilder`), so a table or cell run split by a page break stays whole.
enum PageFurniture {
    /// The longest page number line, in scalars (`第 123 页 共 456 页` is 15).
    static let maximumLength = 20

    /// True when `text` (trimmed, `length` scalars counted up to at least `maximumLength + 1`) is a
    /// page number alone on its line.
    static func isPageNumber(_ text: Substring, length: Int) -> Bool {
        guard length >= 3, length <= maximumLength, mayStart(text.utf8) else { return false }
        return ScalarText.withPrefix(text, length) { isPageNumber(scalars: $0) }
    }

    /// Whether `utf8` starts with a scalar a page number can start with, read from its bytes (most
    /// short lines fail here, undecoded): an ASCII digit (with a slash after it) or `-`, a dash `—` `–` `―` `‒` (E2 80 92…95)
    /// or `−` (E2 88 92), a full-width digit or `－` (EF BC 90…99, EF BC 8D), `第` (E7 AC AC).
    @inline(__always)
    private static func mayStart(_ utf8: Substring.UTF8View) -> Bool {
        var bytes = utf8.makeIterator()
        guard let lead = bytes.next() else { return false }
        // A figure cell (`117`, `13.8%`) has no slash: only `3/5` or `3／5` (EF BC 8F) goes on.
        if lead >= 0x30 && lead <= 0x39 { return utf8.contains(UInt8(ascii: "/")) || utf8.contains(0x8F) }
        if lead == UInt8(ascii: "-") { return true }
        guard lead >= 0xE2, let second = bytes.next(), let third = bytes.next() else { return false }
        switch (lead, second) {
        case (0xE2, 0x80): return third >= 0x92 && third <= 0x95
        case (0xE2, 0x88): return third == 0x92
        case (0xEF, 0xBC): return (third >= 0x90 && third <= 0x99) || third == 0x8D
        case (0xE7, 0xAC): return third == 0xAC
        default: return false
        }
    }

    private static func isPageNumber(scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // Spaces inside carry nothing: `- 2 -` is `-2-`, `第 3 页` is `第3页`.
        let s = scalars.filter { !ScalarText.isSpace($0) }
        guard let first = s.first else { return false }
        if isDash(first) { return isDashed(s[...]) }
        if first == "第" { return isPageOf(s[...]) }
        return isFraction(s[...])
    }

    /// `-2-`, `— 2 —`, `－2－`: one or two dashes, digits, as many dashes.
    private static func isDashed(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        let leading = s.prefix(while: isDash).count
        let trailing = s.reversed().prefix(while: isDash).count
        guard leading == trailing, leading <= 2, s.count > 2 * leading else { return false }
        return digitsValue(s.dropFirst(leading).dropLast(trailing)) != nil
    }

    /// `第3页`, `第3页共5页`, `第3页，共5页`, `第3页/共5页`.
    private static func isPageOf(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var rest = s.dropFirst()
        let digits = rest.prefix { ScalarText.digit($0) != nil }
        guard let page = digitsValue(digits) else { return false }
        rest = rest.dropFirst(digits.count)
        guard rest.first == "页" else { return false }
        rest = rest.dropFirst()
        if rest.isEmpty { return true }
        if let mark = rest.first, mark == "，" || mark == "," || mark == "/" || mark == "／" || mark == "、" { rest = rest.dropFirst() }
        guard rest.first == "共", rest.last == "页", let total = digitsValue(rest.dropFirst().dropLast()) else { return false }
        return page <= total
    }

    /// `3/5`, `3 / 5`: a page of a count no smaller.
    private static func isFraction(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let slash = s.firstIndex(where: { $0 == "/" || $0 == "／" }),
              let page = digitsValue(s[..<slash]), let total = digitsValue(s[(slash + 1)...]) else { return false }
        return page >= 1 && page <= total
    }

    /// The value of one to four digits, else nil.
    private static func digitsValue(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty, s.count <= 4 else { return nil }
        var value = 0
        for scalar in s {
            guard let digit = ScalarText.digit(scalar) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    @inline(__always)
    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "—", "–", "―", "－", "−", "‒": true
        default: false
        }
    }
}
