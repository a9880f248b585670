/// Splits a line a crawler flattened (a whole report body on one line) back into its parts: a
/// leading title (`…年度报告 本报告…`), each section that starts with the next number in sequence
/// (`…如下。 一、总体情况 2022年…`), a date standing alone between spaces (a signature), and an
/// attachment note (`附件1：`). Numbering inside sentences is left alone: a marker must be the next
/// number at its level (see `HeadingCounters`) and must not follow 第, a digit or another number;
/// `一、` must follow a sentence end or a space.
struct FlattenedLineSplitter {
    /// Lines shorter than this are ordinary paragraphs, never split mid-line.
    static let minimumLength = 300

    private var counters = HeadingCounters()

    /// Updates the sequence from a line that is not split (its leading marker, if any); returns
    /// that marker.
    @discardableResult
    mutating func note(_ text: Substring) -> HeadingMarker? {
        let marker = HeadingMarker.leading(text)
        if let marker { counters.record(marker) }
        return marker
    }

    /// Passes the parts of `text` (already trimmed; `length` is its scalar count up to
    /// `minimumLength`), each trimmed and non-empty, in order, to `emit` (no array per line: nearly
    /// every line is one part), with the part's scalar count up to `minimumLength` and its leading
    /// marker (`HeadingMarker.leading`).
    mutating func split(_ text: Substring, length: Int, _ emit: (Substring, Int, HeadingMarker?) -> Void) {
        guard length >= Self.minimumLength else {
            if let cut = labelledListStart(text) {
                let view = text.unicodeScalars
                let at = view.index(view.startIndex, offsetBy: cut)
                let rest = ScalarText.trimmed(Substring(view[at...]))
                let restMarker = note(rest)
                let label = ScalarText.trimmed(Substring(view[..<at]))
                emit(label, ScalarText.count(label, upTo: Self.minimumLength), HeadingMarker.leading(label))
                emit(rest, ScalarText.count(rest, upTo: Self.minimumLength), restMarker)
                return
            }
            emit(text, length, note(text))
            return
        }
        var cuts: [Int] = []
        if let titleEnd = leadingTitleEnd(text) {
            let end = text.unicodeScalars.index(text.startIndex, offsetBy: titleEnd)
            cuts.append(text.utf8.distance(from: text.startIndex, to: end))
        }
        note(text)
        cuts = ScalarText.withUTF8(text) { cutOffsets(UTF8Cursor(bytes: $0), cuts) }
        let utf8 = text.utf8
        var start = utf8.startIndex
        var startOffset = 0
        for offset in cuts + [utf8.count] where offset > startOffset {
            let end = utf8.index(start, offsetBy: offset - startOffset)
            let part = ScalarText.trimmed(text[start..<end])
            if !part.isEmpty { emit(part, ScalarText.count(part, upTo: Self.minimumLength), HeadingMarker.leading(part)) }
            start = end
            startOffset = offset
        }
    }

    /// One pass over the bytes: the byte offsets to cut at, after `initial` ones.
    private mutating func cutOffsets(_ cursor: UTF8Cursor, _ initial: [Int]) -> [Int] {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 20) { scalars in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 20) { lengths in
                cutOffsets(cursor, initial, UTF8Cursor.Window(scalars: scalars, lengths: lengths))
            }
        }
    }

    /// `cutOffsets` with a scratch window for looking ahead (20 scalars).
    private mutating func cutOffsets(_ cursor: UTF8Cursor, _ initial: [Int], _ scratch: UTF8Cursor.Window) -> [Int] {
        var cuts = initial
        let count = cursor.bytes.count
        var (previous, offset) = cursor.scalar(at: 0)
        while offset < count {
            let (scalar, length) = cursor.scalar(at: offset)
            if ScalarText.isSpace(previous), !ScalarText.isSpace(scalar) {
                if ScalarText.digit(scalar) != nil || ScalarText.chineseDigit(scalar) != nil {
                    let window = cursor.fill(scratch, at: offset, 20)
                    if let dateLength = standaloneDateLength(window) {
                        cuts.append(offset)
                        offset += scratch.byteLength(dateLength)
                        cuts.append(offset)
                        previous = window[dateLength - 1]
                        continue
                    }
                }
                if scalar == "附", offset + length < count {
                    let next = cursor.scalar(at: offset + length).0
                    if next == "件" || next == "表" { cuts.append(offset) }
                }
            }
            if HeadingMarker.canStart(scalar) {
                let window = cursor.fill(scratch, at: offset, 12)
                if let marker = HeadingMarker.parse(window, at: 0), accepts(marker, previous: previous),
                   counters.expects(marker, allowingGap: ScalarText.isSpace(previous) || ScalarText.isSentenceEnd(previous)) {
                    counters.record(marker)
                    cuts.append(offset)
                    offset += scratch.byteLength(marker.end)
                    previous = window[marker.end - 1]
                    continue
                }
            }
            previous = scalar
            offset += length
        }
        return cuts
    }

    /// `对策:1、统一认识…`: a short label and colon before the next number in sequence; the label
    /// becomes its own paragraph so the numbered item lines up with its siblings.
    private func labelledListStart(_ text: Substring) -> Int? {
        guard ScalarText.hasColon(text, withinBytes: 21) else { return nil }
        return ScalarText.withPrefix(text, 16) { labelledListStart(head: $0) }
    }

    private func labelledListStart(head: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
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
    private func leadingTitleEnd(_ text: Substring) -> Int? {
        let head = ScalarText.prefix(text, TitleInference.maximumLength + 1)
        guard let space = head.firstIndex(where: ScalarText.isSpace) else { return nil }
        return TitleInference.isTitleLine(Substring(ScalarText.string(head[0..<space]))) ? space : nil
    }

    /// The length of a date that stands alone (followed by a space or the end of the window).
    private func standaloneDateLength(_ window: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        guard let (_, length) = DateNormalizer.parse(window) else { return nil }
        return length == window.count || ScalarText.isSpace(window[length]) ? length : nil
    }
}
