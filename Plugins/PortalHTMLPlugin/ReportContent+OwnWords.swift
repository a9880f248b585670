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
