/// Builds one line of text from HTML text nodes the way a browser lays it out: runs of white space
/// become one space, a bare source line break between two Chinese characters disappears (an editor
/// wrapped the text; CSS Text segment-break rules),
/// and the line is trimmed of spaces, non-breaking spaces and ideographic spaces.
struct LineBuffer {
    private var scalars = String.UnicodeScalarView()
    /// A white-space run is waiting: nil for none, else whether it held only line breaks.
    private var pendingSpace: Bool?

    /// True when nothing visible has been added since the last flush.
    var isEmpty: Bool { scalars.isEmpty }

    /// Adds the text of one text node.
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0C, 0xA0:
                pendingSpace = false
            case 0x0A, 0x0D:
                if pendingSpace == nil { pendingSpace = true }
            case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F, 0x200B, 0xFEFF:
                continue  // control characters and zero-width marks are not text
            default:
                if let breakInRun = pendingSpace {
                    pendingSpace = nil
                    if let last = scalars.last {
                        let joinsWide = breakInRun && CJK.isWide(last) && CJK.isWide(scalar)
                        if !joinsWide, last != " " { scalars.append(" ") }
                    }
                }
                scalars.append(scalar)
            }
        }
    }

    /// Adds text of a preformatted element (`<pre>`) on one line: its spaces and tabs stay as
    /// written, as a text file keeps them (the line is still trimmed at both ends on flush).
    mutating func appendPreformatted(_ text: Substring) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x08, 0x0A...0x1F, 0x7F, 0x200B, 0xFEFF:
                continue  // line breaks are the caller's; control characters and zero-width marks are not text
            default:
                if let breakInRun = pendingSpace {
                    pendingSpace = nil
                    if let last = scalars.last, !(breakInRun && CJK.isWide(last) && CJK.isWide(scalar)), last != " " {
                        scalars.append(" ")
                    }
                }
                scalars.append(scalar)
            }
        }
    }

    /// The line so far, trimmed; the buffer starts a new line. Nil when the line is blank.
    mutating func flush() -> String? {
        pendingSpace = nil
        // A fresh view: removeAll(keepingCapacity:) on a String.UnicodeScalarView takes the generic
        // replaceSubrange path, which cost more than the allocation it saves.
        defer { scalars = String.UnicodeScalarView() }
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
            let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return nil }
        return String(scalars[first...last])
    }

    /// Joins fragments of one cell: no space between Chinese characters, one space otherwise.
    static func join(_ fragments: [String]) -> String {
        var result = ""
        for fragment in fragments where !fragment.isEmpty {
            if let last = result.unicodeScalars.last, let first = fragment.unicodeScalars.first,
                !(CJK.isWide(last) && CJK.isWide(first))
            {
                result += " "
            }
            result += fragment
        }
        return result
    }
}
