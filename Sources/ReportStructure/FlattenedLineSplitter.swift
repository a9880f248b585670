/// Splits a line a crawler flattened (a whole report body on one line) back into its parts: a
/// leading title (`…年度报告 本报告…`), each section that starts with the next number in sequence
/// (`…如下。 一、总体情况 2022年…`), a date standing alone between spaces (a signature), and an
/// attachment note (`附件1：`). Numbering inside sentences is left alone: a marker must follow a
/// sentence end or a space (or, for bracketed and circled numbers, not follow 第), and must be the
/// next number at its level.
struct FlattenedLineSplitter {
    /// Lines shorter than this are ordinary paragraphs, never split.
    static let minimumLength = 300

    private var counters = HeadingCounters()

    /// Updates the sequence from a line that is not split (its leading marker, if any).
    mutating func note(_ text: Substring) {
        let head = ScalarText.prefix(text, 8)
        if let marker = HeadingMarker.parse(head, at: 0) { counters.record(marker) }
    }

    /// The parts of `text` (already trimmed), each trimmed and non-empty, in order.
    mutating func split(_ text: Substring) -> [Substring] {
        guard ScalarText.count(text, upTo: Self.minimumLength) >= Self.minimumLength else {
            if let cut = labelledListStart(text) {
                let view = text.unicodeScalars
                let at = view.index(view.startIndex, offsetBy: cut)
                let rest = ScalarText.trimmed(Substring(view[at...]))
                note(rest)
                return [ScalarText.trimmed(Substring(view[..<at])), rest]
            }
            note(text)
            return [text]
        }
        let s = Array(text.unicodeScalars)
        var cuts: [Int] = []
        if let titleEnd = leadingTitleEnd(s) { cuts.append(titleEnd) }
        if let marker = HeadingMarker.parse(s, at: 0) { counters.record(marker) }
        var index = 1
        while index < s.count {
            let scalar = s[index]
            let previous = s[index - 1]
            if ScalarText.isSpace(previous), !ScalarText.isSpace(scalar) {
                if let end = standaloneDateEnd(s, at: index) {
                    cuts.append(index)
                    cuts.append(end)
                    index = end
                    continue
                }
                if scalar == "附", index + 1 < s.count, s[index + 1] == "件" || s[index + 1] == "表" {
                    cuts.append(index)
                }
            }
            if HeadingMarker.canStart(scalar), let marker = HeadingMarker.parse(s, at: index),
               accepts(marker, previous: previous),
               counters.expects(marker, allowingGap: ScalarText.isSpace(previous) || ScalarText.isSentenceEnd(previous)) {
                counters.record(marker)
                cuts.append(index)
                index = marker.end
                continue
            }
            index += 1
        }
        return pieces(of: text, scalars: s, cuts: cuts)
    }

    /// `对策:1、统一认识…`: a short label and colon before the next number in sequence; the label
    /// becomes its own paragraph so the numbered item lines up with its siblings.
    private func labelledListStart(_ text: Substring) -> Int? {
        let head = ScalarText.prefix(text, 16)
        guard let colon = head.prefix(7).firstIndex(where: { $0 == ":" || $0 == "：" }), colon >= 2,
              !head[..<colon].contains(where: { ScalarText.isProsePunctuation($0) || ScalarText.isSpace($0) }),
              let marker = HeadingMarker.parse(head, at: colon + 1), counters.expects(marker) else { return nil }
        return colon + 1
    }

    /// `一、` must follow a sentence end or a space; the other levels must not follow 第, a digit,
    /// a letter or another number (第二十条第（一）项, 1、2, v1.2).
    private func accepts(_ marker: HeadingMarker, previous: Unicode.Scalar) -> Bool {
        if ScalarText.isSpace(previous) || ScalarText.isSentenceEnd(previous) || previous == "：" || previous == ":" {
            return true
        }
        guard marker.level > 1 else { return false }
        let value = previous.value
        let asciiWord = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        return previous != "第" && previous != "、" && previous != "." && previous != "．" && !asciiWord
            && ScalarText.digit(previous) == nil && !ChineseNumber.isNumeral(previous)
    }

    /// Where a leading report title ends: before the first space, when what precedes is a title.
    private func leadingTitleEnd(_ s: [Unicode.Scalar]) -> Int? {
        guard let space = s.prefix(TitleInference.maximumLength + 1).firstIndex(where: ScalarText.isSpace) else { return nil }
        let head = ScalarText.string(s[0..<space])
        return TitleInference.isTitleLine(Substring(head)) ? space : nil
    }

    /// The end of a date that stands alone between spaces (or the end of the line).
    private func standaloneDateEnd(_ s: [Unicode.Scalar], at index: Int) -> Int? {
        guard ScalarText.digit(s[index]) != nil || ScalarText.chineseDigit(s[index]) != nil else { return nil }
        let window = Array(s[index..<min(s.count, index + 20)])
        guard let (_, length) = DateNormalizer.parse(window) else { return nil }
        let end = index + length
        return end == s.count || ScalarText.isSpace(s[end]) ? end : nil
    }

    private func pieces(of text: Substring, scalars s: [Unicode.Scalar], cuts: [Int]) -> [Substring] {
        let boundaries = ([0] + cuts.sorted() + [s.count])
        var result: [Substring] = []
        var scalarIndex = text.unicodeScalars.startIndex
        var offset = 0
        for (start, end) in zip(boundaries, boundaries.dropFirst()) where end > start {
            while offset < start {
                scalarIndex = text.unicodeScalars.index(after: scalarIndex)
                offset += 1
            }
            var endIndex = scalarIndex
            var endOffset = offset
            while endOffset < end {
                endIndex = text.unicodeScalars.index(after: endIndex)
                endOffset += 1
            }
            let piece = ScalarText.trimmed(Substring(text.unicodeScalars[scalarIndex..<endIndex]))
            if !piece.isEmpty { result.append(piece) }
            scalarIndex = endIndex
            offset = endOffset
        }
        return result
    }
}
