import DocumentModel

/// Turns a line that starts with section numbering into a heading, or a heading plus the paragraph
/// it runs into ("（一）加强领导，完善政府信息公开机制。按照省、市的工作部署…" → heading
/// "加强领导，完善政府信息公开机制。" + paragraph "按照…").
enum HeadingSplitter {
    /// The longest heading text: longer first sentences are prose that happens to be numbered.
    static let maximumHeadingLength = 40

    /// Appends the blocks for `text`, which starts with `marker` (`HeadingMarker.leading`), to
    /// `blocks`; false (nothing appended) when it does not start with numbering. Appending spares
    /// an array per line.
    static func append(_ text: Substring, marker: HeadingMarker?, to blocks: inout [Block]) -> Bool {
        guard let marker else { return false }
        let scalars = text.unicodeScalars
        let markerEnd = scalars.index(scalars.startIndex, offsetBy: marker.end)
        let numbering = String(Substring(scalars[scalars.startIndex..<markerEnd]))
        let rest = ScalarText.trimmed(Substring(scalars[markerEnd...]))
        guard ScalarText.count(rest, upTo: 2) >= 2, !endsWithFigures(rest) else { return false }
        let found = ScalarText.withPrefix(rest, maximumHeadingLength + 2) {
            split(level: marker.level, numbering: numbering, rest: rest, restScalars: $0)
        }
        guard let found else { return false }
        blocks.append(found.heading)
        if let paragraph = found.paragraph { blocks.append(paragraph) }
        return true
    }

    /// The blocks for the text after the marker; `restScalars` is its opening.
    private static func split(
        level: Int, numbering: String, rest: Substring, restScalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> (heading: Block, paragraph: Block?)? {
        if restScalars.count <= maximumHeadingLength, isWholeHeading(restScalars), spacedText(restScalars) == nil {
            return (.heading(Heading(level: level, numbering: numbering, text: String(rest))), nil)
        }
        guard let cut = headingEnd(restScalars), cut < restScalars.count else { return nil }
        let restView = rest.unicodeScalars
        let cutIndex = restView.index(restView.startIndex, offsetBy: cut)
        let heading = ScalarText.trimmed(Substring(restView[restView.startIndex..<cutIndex]))
        let paragraph = ScalarText.trimmed(Substring(restView[cutIndex...]))
        guard !heading.isEmpty, !paragraph.isEmpty else { return nil }
        return (.heading(Heading(level: level, numbering: numbering, text: String(heading))), .paragraph(String(paragraph)))
    }

    /// True when the text ends in two or more space-separated figures: a table row a PDF
    /// extraction left on one line (一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119).
    private static func endsWithFigures(_ text: Substring) -> Bool {
        var tokens = 0
        var inToken = false
        var tokenIsNumber = true
        var tokenHasDigit = false
        for scalar in text.unicodeScalars.reversed() {
            if ScalarText.isSpace(scalar) {
                if inToken {
                    guard tokenIsNumber, tokenHasDigit else { return false }
                    tokens += 1
                    if tokens == 2 { return true }
                }
                inToken = false
                tokenIsNumber = true
                tokenHasDigit = false
                continue
            }
            inToken = true
            if ScalarText.digit(scalar) != nil {
                tokenHasDigit = true
            } else if !CellRunTableRebuilder.isFigureMark(scalar) {
                tokenIsNumber = false
                if tokens == 0 || tokens == 1 { return false }
            }
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
