import ReportStructure

extension ReportContent.Evidence {
    /// Fewest CJK characters (numbering included) of a heading read from a block's text outside
    /// its links: `（一）依据和` is a heading with words, `1.` or `一、` before a link is a list number.
    static let wordsOfAHeading = 4

    /// True when this evidence, found in the text a block holds outside its links, is report
    /// content of the block's own: a heading with words, an attachment line, or (when `prose`) a
    /// dense paragraph. Tables and signatures are not: the numbers and dates beside a news list's
    /// links make both.
    func isOwnWords(prose: Bool) -> Bool {
        switch self {
        case .heading(let text): CJK.counts(text).cjk >= Self.wordsOfAHeading
        case .attachment: true
        case .prose: prose
        case .table, .signature: false
        }
    }
}

extension ReportContent {
    /// False when no line of `items` can be a heading, an attachment line or a dense paragraph and
    /// no item is a table: the structure pass need not run (a quick screen for the many small
    /// blocks of a portal's template; true does not mean it is report content).
    static func mayHoldOwnWords(_ items: [SourceItem]) -> Bool {
        items.contains { item in
            guard case .line(let text) = item else { return true }
            guard let first = text.unicodeScalars.first else { return false }
            return mayStartHeading(first) || text.unicodeScalars.contains("附") || CJK.counts(text).cjk >= denseParagraph
        }
    }

    /// True for characters a numbered heading can start with: digits, brackets, Chinese numerals,
    /// circled and parenthesized numbers, 第.
    static func mayStartHeading(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x28, 0xFF08, 0xFF10...0xFF19, 0x2460...0x24FF, 0x3220...0x3229, 0x2160...0x217F: true
        default: "〇零一二三四五六七八九十百第".unicodeScalars.contains(scalar)
        }
    }
}
