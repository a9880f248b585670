import DocumentModel

/// Turns a line that starts with section numbering into a heading, or a heading plus the paragraph
/// it runs into ("（一）加强领导，完善政府信息公开机制。按照省、市的工作部署…" → heading
/// "加强领导，完善政府信息公开机制。" + paragraph "按照…").
enum HeadingSplitter {
    /// The longest heading text: longer first sentences are prose that happens to be numbered.
    static let maximumHeadingLength = 40

    /// Where a numbered line divides, in UTF-8 offsets: after the marker, the heading text, and the
    /// paragraph it runs into (if any).
    private struct Cut {
        var markerEnd: Int
        var heading: Range<Int>
        var paragraph: Range<Int>?
    }

    /// Appends the blocks for `text`, which starts with `marker` (`HeadingMarker.leading`), to
    /// `blocks`; false (nothing appended) when it does not start with numbering. Appending spares
    /// an array per line.
    static func append(_ text: Substring, marker: HeadingMarker?, to blocks: inout [Block]) -> Bool {
        guard let marker, let cut = ScalarText.withUTF8(text, { cut($0, marker: marker) }) else { return false }
        // Strings from slices of `text`, not from bytes: a slice is copied without validating UTF-8 again.
        let utf8 = text.utf8
        func part(_ range: Range<Int>) -> String {
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return String(text[start..<utf8.index(start, offsetBy: range.count)])
        }
        blocks.append(.heading(Heading(level: marker.level, numbering: part(0..<cut.markerEnd), text: part(cut.heading))))
        if let paragraph = cut.paragraph { blocks.append(.paragraph(part(paragraph))) }
        return true
    }

    /// The cut of a line's UTF-8 `bytes`. Worked on byte offsets: slicing and trimming Substrings by
    /// scalar offsets showed in the profile.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, marker: HeadingMarker) -> Cut? {
        let markerEnd = byteOffset(ofScalar: marker.end, in: bytes)
        let kept = ScalarText.trimmedRange(UnsafeBufferPointer(rebasing: bytes[markerEnd...]))
        let restStart = markerEnd + kept.lowerBound
        let rest = UnsafeBufferPointer(rebasing: bytes[restStart..<(markerEnd + kept.upperBound)])
        guard hasTwoScalars(rest), !TrailingFigures.endLikeATableRow(rest) else { return nil }
        return ScalarText.withPrefix(bytes: rest, maximumHeadingLength + 2) { restScalars -> Cut? in
            guard let (heading, paragraph) = split(rest: rest, restScalars: restScalars) else { return nil }
            return Cut(
                markerEnd: markerEnd, heading: (restStart + heading.lowerBound)..<(restStart + heading.upperBound),
                paragraph: paragraph.map { (restStart + $0.lowerBound)..<(restStart + $0.upperBound) })
        }
    }

    /// The heading and paragraph in the text after the marker, as offsets into `rest`;
    /// `restScalars` is its opening.
    private static func split(
        rest: UnsafeBufferPointer<UInt8>, restScalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> (heading: Range<Int>, paragraph: Range<Int>?)? {
        if restScalars.count <= maximumHeadingLength, isWholeHeading(restScalars), spacedText(restScalars) == nil {
            return (0..<rest.count, nil)
        }
        guard let cut = headingEnd(restScalars), cut < restScalars.count else { return nil }
        let cutOffset = byteOffset(ofScalar: cut, in: rest)
        let heading = ScalarText.trimmedRange(UnsafeBufferPointer(rebasing: rest[..<cutOffset]))
        let paragraph = ScalarText.trimmedRange(UnsafeBufferPointer(rebasing: rest[cutOffset...]))
        guard !heading.isEmpty, !paragraph.isEmpty else { return nil }
        return (heading, (cutOffset + paragraph.lowerBound)..<(cutOffset + paragraph.upperBound))
    }

    /// The byte offset of scalar number `scalars` (within the text).
    private static func byteOffset(ofScalar scalars: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let cursor = UTF8Cursor(bytes: bytes)
        var offset = 0
        for _ in 0..<scalars { offset += cursor.scalar(at: offset).1 }
        return offset
    }

    /// At least two scalars: two lead bytes.
    private static func hasTwoScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var leads = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            leads += 1
            if leads == 2 { return true }
        }
        return false
    }

    /// Where a short rest has a space between two CJK characters (…报告的事项 无其他…): the crawler
    /// joined heading and text there.
    private static func spacedText(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        func isCJK(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x3400 && scalar.value < 0xA000 }
        guard let space = s.firstIndex(where: ScalarText.isSpace), space >= 2 else { return nil }
        var after = space
        while after < s.count, ScalarText.isSpace(s[after]) { after += 1 }
        guard after < s.count - 1, isCJK(s[space - 1]), isCJK(s[after]) else { return nil }
        return space
    }

    /// A short rest with no sentence end before its last scalar is all heading.
    private static func isWholeHeading(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        for (offset, scalar) in s.enumerated() where ScalarText.isSentenceEnd(scalar) {
            if offset != s.count - 1 { return false }
        }
        return true
    }

    /// Words that open a section's first sentence and never end a heading (…改进情况目前，我县…).
    private static let openers = ["今年", "目前", "近年来", "当前", "按照", "根据"].map(ScalarText.scalars)
    /// Their first scalars: most offsets start none, and are ruled out with one look.
    private static let openerStarts = openers.map { $0[0] }

    /// Where the heading ends within the first `maximumHeadingLength` scalars: after the first
    /// sentence end or colon (kept in the heading); at a space the crawler left between heading and
    /// text; before a year (…主要类别2011年，…) or an opening word (…改进情况目前，…) that a crawler
    /// glued to the heading. Nil when no such point comes early enough.
    private static func headingEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        if s.count <= maximumHeadingLength, let space = spacedText(s) { return space }
        for (offset, scalar) in s.enumerated() {
            if offset > maximumHeadingLength { return nil }
            if offset >= 4, !ScalarText.isProsePunctuation(s[offset - 1]), ScalarText.digit(s[offset - 1]) == nil {
                // A year starting here has its 年 four scalars on (the cheap test first).
                if offset + 4 < s.count, s[offset + 4] == "年",
                   ReportYear.first(in: UnsafeBufferPointer<Unicode.Scalar>(rebasing: s[offset..<min(s.count, offset + 6)]))?.start == 0 {
                    return offset
                }
                if openerStarts.contains(scalar), openers.contains(where: { ScalarText.matches(s, at: offset, $0) }) { return offset }
            }
            if ScalarText.isSentenceEnd(scalar) || scalar == "：" || scalar == ":" {
                return offset >= 2 ? offset + 1 : nil
            }
            if ScalarText.isSpace(scalar) { return offset >= 2 ? offset : nil }
        }
        return nil
    }
}
