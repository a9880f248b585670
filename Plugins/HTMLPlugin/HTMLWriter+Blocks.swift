import DocumentModel

extension HTMLWriter {
    /// Writes one block. Heading levels 1-4 become `h2`-`h5` (the title is the page's only `h1`);
    /// levels outside 1-4 are clamped rather than dropped, so nothing of the source disappears.
    func writeBlock(_ block: Block, to out: inout HTMLOutput) {
        switch block {
        case .heading(let heading):
            let tag = Self.headingTag(heading.level)
            out.raw("<h"); out.int(tag); out.raw(">")
            if let numbering = heading.numbering, !numbering.isEmpty {
                out.raw("<span class=\"no\">"); out.text(numbering); out.raw("</span>")
            }
            out.text(heading.text)
            out.raw("</h"); out.int(tag); out.raw(">\n")
        case .paragraph(let text):
            // Portal pages often indent with ideographic spaces; the stylesheet's indent would double it.
            let indented = text.unicodeScalars.first.map { $0 == "\u{3000}" || $0 == "\u{A0}" } ?? false
            out.raw(indented ? "<p class=\"indented\">" : "<p>"); out.text(text); out.raw("</p>\n")
        case .table(let table):
            writeTable(table, to: &out)
        case .list(let items):
            out.raw("<ul>\n")
            for item in items { out.raw("<li>"); out.text(item); out.raw("</li>\n") }
            out.raw("</ul>\n")
        }
    }

    /// `h2` for level 1 down to `h5` for level 4; deeper levels share `h6`, shallower ones `h2`.
    static func headingTag(_ level: Int) -> Int { min(max(level, 1), 5) + 1 }

    /// Writes a table inside a wrapper that scrolls sideways, so a wide table never widens the page.
    private func writeTable(_ table: Table, to out: inout HTMLOutput) {
        out.raw("<div class=\"table-wrap\">\n<table>\n")
        let header = TableLayout.headerRowCount(table)
        if header > 0 {
            out.raw("<thead>\n")
            for row in table.rows[..<header] { writeRow(row, cell: .header, to: &out) }
            out.raw("</thead>\n")
        }
        if header < table.rows.count {
            out.raw("<tbody>\n")
            for row in table.rows[header...] { writeRow(row, cell: .data, to: &out) }
            out.raw("</tbody>\n")
        }
        out.raw("</table>\n</div>\n")
    }

    private enum CellKind { case header, data }

    private func writeRow(_ row: [TableCell], cell kind: CellKind, to out: inout HTMLOutput) {
        out.raw("<tr>")
        for cell in row {
            out.raw(kind == .header ? "<th" : "<td")
            if TableLayout.isNumeric(cell.text) { out.raw(" class=\"num\"") }
            if cell.rowSpan != 1 { out.raw(" rowspan=\""); out.int(TableLayout.clamp(rowSpan: cell.rowSpan)); out.raw("\"") }
            if cell.colSpan != 1 { out.raw(" colspan=\""); out.int(TableLayout.clamp(colSpan: cell.colSpan)); out.raw("\"") }
            out.raw(">")
            out.text(cell.text)
            out.raw(kind == .header ? "</th>" : "</td>")
        }
        out.raw("</tr>\n")
    }
}
