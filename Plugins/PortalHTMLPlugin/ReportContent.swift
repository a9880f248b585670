import DocumentModel
import ReportStructure

/// Tells report content from the rest of what a portal page shows, by running a stretch of the
/// page's lines through the one structure pass every reader uses (`ReportStructurer`): what it
/// makes a numbered heading, a table or a closing signature is report content, and what it sets
/// aside (print and close bars, share bars, hit counters, breadcrumbs, editor lines) is not. No
/// second list of chrome words lives here.
enum ReportContent {
    /// What marks a stretch of text as part of a report.
    enum Evidence: Equatable {
        /// A table with at least one number in a cell (a statistics table), and its row count.
        case table(rows: Int)
        /// A numbered section heading (`三、存在的主要问题`).
        case heading(String)
        /// An attachment line (`附表：…`, `附件1：…`).
        case attachment(String)
        /// Running text of at least `denseParagraph` CJK characters.
        case prose(String)
        /// A closing signature: an agency line and a date, or a date alone.
        case signature(String)

        /// How a diagnostic names it: `a table of 3 rows`, `the heading "三、…"`.
        var description: String {
            switch self {
            case .table(let rows): "a table of \(rows) row\(rows == 1 ? "" : "s")"
            case .heading(let text): "the heading “\(Self.clip(text))”"
            case .attachment(let text): "the attachment line “\(Self.clip(text))”"
            case .prose(let text): "the paragraph “\(Self.clip(text))”"
            case .signature(let text): "the signature “\(Self.clip(text))”"
            }
        }

        private static func clip(_ text: String) -> String {
            text.count > 24 ? String(text.prefix(24)) + "…" : text
        }
    }

    /// Fewest CJK characters of a paragraph that is running text rather than a widget's label; the
    /// same bar `ContentSelector` sets for a sibling paragraph to join the article.
    static let denseParagraph = 30

    /// Words an attachment line starts with.
    static let attachmentWords = ["附表", "附件", "附：", "附:", "附录"]

    /// True when `items` hold report content.
    static func isReport(_ items: [SourceItem]) -> Bool { !evidence(in: items, limit: 1).isEmpty }

    /// The evidence of report content among `items` in reading order, at most `limit` of it: each
    /// table with numbers, heading, attachment line and dense paragraph, or else the signature.
    static func evidence(in items: [SourceItem], limit: Int = .max) -> [Evidence] {
        guard !items.isEmpty else { return [] }
        let report = ReportStructurer().structure(items)
        var found: [Evidence] = []
        for block in report.blocks {
            guard found.count < limit else { break }
            switch block {
            case .table(let table):
                if table.rows.contains(where: { $0.contains { hasDigit($0.text) } }) { found.append(.table(rows: table.rows.count)) }
            case .heading(let heading):
                found.append(.heading((heading.numbering ?? "") + heading.text))
            case .paragraph(let text):
                if isAttachmentLine(text) {
                    found.append(.attachment(text))
                } else if CJK.counts(text).cjk >= denseParagraph {
                    found.append(.prose(text))
                }
            case .list(let items):
                if let item = items.first(where: { CJK.counts($0).cjk >= denseParagraph }) { found.append(.prose(item)) }
            }
        }
        if found.isEmpty, report.metadata.signedDate != nil {
            found.append(.signature([report.metadata.signedBy, report.metadata.signedDate].compactMap { $0 }.joined(separator: " ")))
        }
        return found
    }

    /// Longest line that names an attachment list without starting with its word (相关附件, 附件下载).
    static let attachmentLabel = 12

    /// `附表：…`, `附件1：…`, or a short label holding 附件 (相关附件：, 附件下载).
    static func isAttachmentLine(_ text: String) -> Bool {
        if attachmentWords.contains(where: { text.hasPrefix($0) }) { return true }
        return text.count <= attachmentLabel && text.contains("附件")
    }

    /// True when the text holds an ASCII or full-width digit.
    static func hasDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
    }
}
