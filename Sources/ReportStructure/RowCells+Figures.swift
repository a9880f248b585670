#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A table row a PDF extractor wrote with single spaces between its cells (pdftotext's default and
/// `-raw` output, pypdf, a viewer's copy): `一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119`.
///
/// Why so narrow: a single space separates words as often as cells, so a line is split only when
/// nothing else can be meant: a label of CJK text without spaces or sentence punctuation, then two
/// figures or more, every token after the label a figure. A sentence with numbers (`共 3 件`) has
/// a token that is no figure, or punctuation, and stays one cell.
extension RowCells {
    /// Whether `text` (trimmed, without a tab, a full-width space or two spaces in a row) is a label
    /// followed by single-space-separated figures.
    static func isFigureRow(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard utf8.count <= maximumBytes, let space = utf8.firstIndex(of: UInt8(ascii: " ")) else { return false }
        let label = text[..<space]
        // CJK text is never ASCII: a lead byte 0xE3 or above (U+3000 on) must be in the label.
        guard label.utf8.contains(where: { $0 >= 0xE3 }), isLabel(label) else { return false }
        var figures = 0
        for token in text[utf8.index(after: space)...].split(separator: " ", omittingEmptySubsequences: false) {
            guard CellRunTableRebuilder.isFigureCell(token) else { return false }
            figures += 1
        }
        return figures >= 2
    }

    /// A cheap test on the bytes that `isFigureRow` may hold, so that nearly every line is passed
    /// over undecoded: a space (found by `memchr`) after a short first token with a non-ASCII
    /// scalar, and after it only digits, spaces, ASCII figure marks and the two- or three-byte
    /// scalars of dashes and full-width figures (lead bytes C2…E2, EF), never a CJK ideograph's.
    static func mayBeFigureRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= maximumBytes, let base = bytes.baseAddress, let hit = memchr(base, 0x20, bytes.count) else { return false }
        let space = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        let limit = 4 * CellRunTableRebuilder.maximumLabelLength
        guard space > 0, space <= limit, bytes[..<space].contains(where: { $0 >= 0xE3 }) else { return false }
        for byte in bytes[(space + 1)...] {
            switch byte {
            case 0x30...0x39, 0x20, 0x25, 0x2B...0x2F, 0x5C, 0x80...0xBF, 0xC2...0xE2, 0xEF: continue
            default: return false
            }
        }
        return true
    }

    /// The cells of a figure row: the label, then each figure.
    static func figureCells(_ text: Substring) -> [Substring] {
        text.split(separator: " ")
    }

    /// A row label: short, with a CJK ideograph, no sentence end, colon or pipe, and no figure.
    private static func isLabel(_ label: Substring) -> Bool {
        let limit = CellRunTableRebuilder.maximumLabelLength
        guard label.utf8.count <= 4 * limit, !CellRunTableRebuilder.isFigureCell(label) else { return false }
        return ScalarText.withPrefix(label, limit + 1) { s in
            s.count <= limit && s.contains(where: ScalarText.isIdeograph)
                && !s.contains { ScalarText.isSentenceEnd($0) || $0 == ":" || $0 == "：" || $0 == "|" || $0 == "｜" }
        }
    }
}
