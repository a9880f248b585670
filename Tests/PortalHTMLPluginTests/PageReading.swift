import Conversion
import DocumentModel
import Foundation
@testable import PortalHTMLPlugin
import TestSupport

/// Reading pages in tests, and the text of what came out.
enum PageReading {
    static func read(_ bytes: [UInt8], name: String = "page.html", strict: Bool = false) throws -> Document {
        try PortalHTMLReader().read(ReaderInput(bytes: bytes, name: SourceName(name)), options: ReadOptions(strict: strict))
    }

    static func read(_ html: String, name: String = "page.html") throws -> Document {
        try read(Array(html.utf8), name: name)
    }

    static func readCorpus(_ name: String) throws -> Document {
        try read(Fixtures.bytes(Fixtures.corpus.appendingPathComponent(name)), name: name)
    }

    static func readFixture(_ name: String) throws -> Document {
        try read(Fixtures.bytes(Fixtures.directory().appendingPathComponent(name)), name: name)
    }

    /// Every text of the body: paragraphs, headings with numbering, list items, table cells.
    static func texts(_ document: Document) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let text): text.split(separator: "\n").map(String.init)
            case .heading(let heading): [(heading.numbering ?? "") + heading.text]
            case .list(let items): items
            case .table(let table): table.rows.flatMap { $0.map(\.text) }
            }
        }
    }

    /// The body text with all white space removed, for containment checks.
    static func compact(_ document: Document) -> String { compact(texts(document).joined()) }

    static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The tables of the body.
    static func tables(_ document: Document) -> [Table] {
        document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    /// A GB18030 file of the corpus as UTF-8 text (the reference extractions 028-032 are GBK).
    static func gbkText(_ name: String) throws -> String {
        let bytes = try Fixtures.bytes(Fixtures.corpus.appendingPathComponent(name))
        return TextEncoding.gb18030.decode(bytes).text
    }
}
