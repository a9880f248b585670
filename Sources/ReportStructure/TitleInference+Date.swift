/// Title lines that carry the page's date. Portals print the publishing date beside the title;
/// the title is still the title, and the date is what `RecoveredMetadata` takes for the
/// publishing date when no label states one.
extension TitleInference {
    /// A title line followed by a date, after a space (`…年度报告 2020-01-31`,
    /// `…年度报告 2020年1月31日 10:16`) or in closing brackets (`…年度报告（发布日期：2020-01-31）`,
    /// `…年度报告(2020-01-31)`): the title and the date, normalized.
    static func titleWithDate(_ text: Substring) -> (title: Substring, date: String)? {
        guard ScalarText.count(text, upTo: maximumLength + 41) <= maximumLength + 40 else { return nil }
        return dateAfterSpace(text) ?? dateInBrackets(text)
    }

    /// Each space is tried, since a title may hold one itself.
    private static func dateAfterSpace(_ text: Substring) -> (title: Substring, date: String)? {
        let view = text.unicodeScalars
        var from = view.startIndex
        while let space = view[from...].firstIndex(where: ScalarText.isSpace) {
            if let date = DateNormalizer.whole(text[space...]) {
                let title = ScalarText.trimmed(text[..<space])
                return isTitleLine(title) ? (title, date) : nil
            }
            from = view.index(after: space)
        }
        return nil
    }

    /// The last bracket pair, when it closes the line and holds a date or a labelled date only.
    private static func dateInBrackets(_ text: Substring) -> (title: Substring, date: String)? {
        let view = text.unicodeScalars
        guard let last = view.last, last == "）" || last == ")",
              let open = view.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let inner = text[view.index(after: open)..<view.index(before: view.endIndex)]
        var date = DateNormalizer.whole(inner)
        if date == nil, let line = MetadataLine.parse(inner), line.prefix.isEmpty, line.entries.count == 1,
           line.entries[0].field == .publishedDate {
            date = DateNormalizer.whole(line.entries[0].value[...])
        }
        guard let date else { return nil }
        let title = ScalarText.trimmed(text[..<open])
        return isTitleLine(title) ? (title, date) : nil
    }
}
