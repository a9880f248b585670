/// A line made of `label: value` fields, such as `• 索 引 号:4303000047-2014-00002` or
/// `责任编辑:曹冲  来源:公开办   时间:2017-03-14 18:26:03`, in any mix of half- and full-width
/// colons and inner spaces (ASCII, ideographic, no-break, en and em spaces: `索&nbsp;引&nbsp;号`,
/// `文&emsp;&emsp;号`). A label counts at the start of the line, after whitespace or after `【`,
/// so 会议时间： inside a sentence is not one; once a label has been found, a known label and its
/// colon also start a new field inside the value before it (`索引号：X主题分类：政务公开`, two
/// grid cells a page ran together without white space).
struct MetadataLine {
    /// One `label: value` pair; the value is trimmed of spaces and brackets.
    struct Entry {
        var field: MetadataField
        var value: String
    }

    /// The fields in order.
    var entries: [Entry]
    /// Unlabelled text before the first label (e.g. a portal name and domain), or empty.
    var prefix: String

    /// The longest line considered: metadata lines are short, prose is not.
    static let maximumLength = 160

    /// Parses `text` as a metadata line, or nil when it is not one.
    static func parse(_ text: Substring) -> MetadataLine? {
        let length = ScalarText.count(text, upTo: maximumLength + 1)
        guard length <= maximumLength else { return nil }
        return ScalarText.withPrefix(text, length) { parse(scalars: $0) }
    }

    /// `parse` for a line already decoded: all its scalars, at most `maximumLength`.
    static func parse(scalars s: UnsafeBufferPointer<Unicode.Scalar>) -> MetadataLine? {
        // Both colons are whole scalars, so this is the byte search the text version once made.
        guard s.contains(where: { $0 == ":" || $0 == "：" }) else { return nil }
        var found: [(labelStart: Int, valueStart: Int, field: MetadataField)] = []
        var index = 0
        var atBoundary = true
        while index < s.count {
            let scalar = s[index]
            if atBoundary || !found.isEmpty, !isBullet(scalar), labelStarts.contains(scalar), let match = label(s, at: index) {
                found.append((index, match.valueStart, match.field))
                index = match.valueStart
                atBoundary = true
                continue
            }
            atBoundary = ScalarText.isSpace(scalar) || isBullet(scalar) || scalar == "【" || scalar == "[" || scalar == "|"
            index += 1
        }
        guard let first = found.first else { return nil }
        let prefix = clean(s[0..<first.labelStart])
        guard ScalarText.count(Substring(prefix), upTo: 41) <= 40,
              !prefix.unicodeScalars.contains(where: { $0 == "。" || $0 == "，" || $0 == "；" }) else { return nil }
        var entries: [Entry] = []
        for (offset, item) in found.enumerated() {
            let end = offset + 1 < found.count ? found[offset + 1].labelStart : s.count
            let value = clean(s[item.valueStart..<end])
            guard value.unicodeScalars.count <= 100 else { return nil }
            entries.append(Entry(field: item.field, value: value))
        }
        return MetadataLine(entries: entries, prefix: prefix)
    }

    /// True when no field carries a value: an empty `来 源: 责任编辑:` line or a bare counter.
    var isEmpty: Bool { entries.allSatisfy { $0.value.isEmpty } }

    /// True when only widget, counter, editor or crawler labels carry values.
    var isOnlyChrome: Bool {
        entries.allSatisfy { $0.value.isEmpty || $0.field == .chrome || $0.field == .crawler || $0.field == .editor }
    }

    /// True when only labels the model has no field for carry values (作者：七月新番): such a line
    /// is ordinary content.
    var isOnlyUnmodelled: Bool {
        entries.allSatisfy { $0.value.isEmpty || $0.field == .unmodelled }
    }

    /// The first scalar of every label: most boundaries start none, and are ruled out with one
    /// look instead of a walk through the labels.
    private static let labelStarts = ScalarBitmap(MetadataField.labels.map { $0.label[0] })

    /// A label (inner spaces allowed) followed by optional spaces and a colon, at `index`.
    private static func label(_ s: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> (valueStart: Int, field: MetadataField)? {
        for (word, field) in MetadataField.labels where s[index] == word[0] {
            var cursor = index
            var matched = 0
            while cursor < s.count, matched < word.count {
                if s[cursor] == word[matched] {
                    matched += 1
                } else if !(matched > 0 && isPadding(s[cursor])) {
                    break
                }
                cursor += 1
            }
            guard matched == word.count else { continue }
            while cursor < s.count, ScalarText.isSpace(s[cursor]) { cursor += 1 }
            if cursor < s.count, s[cursor] == ":" || s[cursor] == "：" { return (cursor + 1, field) }
        }
        return nil
    }

    /// Spaces a page pads a label with to line up a grid: ASCII, no-break, en, em and the other
    /// typographic spaces, ideographic space.
    private static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x3000: true
        default: false
        }
    }

    private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "•", "·", "●", "◆", "■", "▪", "►", "*", "○": true
        default: false
        }
    }

    /// Trims whitespace, bullets and the brackets a widget leaves around a value.
    private static func clean(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        var slice = scalars
        func junk(_ s: Unicode.Scalar) -> Bool { ScalarText.isSpace(s) || isBullet(s) || s == "【" || s == "】" || s == "[" || s == "]" || s == "|" }
        while let first = slice.first, junk(first) { slice = slice.dropFirst() }
        while let last = slice.last, junk(last) { slice = slice.dropLast() }
        return ScalarText.string(slice)
    }
}
