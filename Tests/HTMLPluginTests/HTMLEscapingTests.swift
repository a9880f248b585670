import DocumentModel
import HTMLPlugin
import Testing

/// Hostile text in every field renders as text: no element, attribute or end tag escapes from it.
@Suite("HTML escaping")
struct HTMLEscapingTests {
    /// The page with its trusted parts (stylesheet) removed, so only written text remains to inspect.
    static func page(_ text: String) throws -> String {
        let html = String(decoding: try HTMLWriter().write(SampleDocuments.hostile(text)), as: UTF8.self)
        let styleEnd = try #require(html.range(of: "</style>"))
        return String(html[styleEnd.upperBound...])
    }

    @Test(arguments: HostileText.all)
    func hostileTextNeverBecomesMarkup(_ text: String) throws {
        let page = try Self.page(text)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("</style>"))
        #expect(!page.contains("<!--"))
        #expect(!page.contains("'alert"))
    }

    @Test func everyFieldIsEscapedTheSameWay() throws {
        let page = try Self.page(HostileText.script)
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
        // title, h1, 10 metadata values (2 keywords), heading numbering and text, paragraph,
        // 2 cells, list item, 8 provenance strings, set-aside text and reason, metadata line, diagnostic.
        let expected = 1 + 1 + 10 + 2 + 1 + 2 + 1 + 8 + 2 + 1 + 1
        let html = String(decoding: try HTMLWriter().write(SampleDocuments.hostile(HostileText.script)), as: UTF8.self)
        #expect(html.components(separatedBy: escaped).count - 1 == expected)
        #expect(!page.contains(HostileText.script))
    }

    @Test func entitiesInTheSourceStayLiteralText() throws {
        let page = try Self.page(HostileText.entity)
        #expect(page.contains("&amp;amp; &amp;lt; stays literal"))
    }

    @Test func quotesAreEscapedInTextAndAttributes() throws {
        let page = try Self.page(HostileText.singleQuote)
        #expect(page.contains("&#39; onmouseover=&#39;alert(1)"))
        let attribute = try Self.page(HostileText.attribute)
        #expect(attribute.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// C0 controls other than tab, LF and CR, DEL, C1 controls and noncharacters are parse errors
    /// in HTML: the C0 controls and DEL become their Control Pictures symbol, the rest U+FFFD; tab,
    /// LF and CR are kept.
    @Test func forbiddenCodePointsAreShownWithoutBeingWritten() throws {
        let page = try Self.page(HostileText.controls)
        let shown = ["\u{2400}", "\u{2401}", "\u{2408}", "\u{240B}", "\u{240C}", "\u{241B}", "\u{2421}",
                     "\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "\u{FFFD}"]
        let expected = zip("abcdefghijkl", shown).map { "\($0)\($1)" }.joined() + "m\t\n\r-end"
        #expect(page.contains(expected))
        for scalar in page.unicodeScalars {
            let value = scalar.value
            let forbidden = (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
                || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
            #expect(!forbidden, "U+\(String(value, radix: 16)) written")
        }
    }

    @Test func nonASCIITextNextToEscapesIsKeptIntact() throws {
        let text = "𠂇<全角＆>😀\u{A0}\u{C2}\u{EF}\u{FFFD}\u{10FFFD}"
        let page = try Self.page(text)
        #expect(page.contains("𠂇&lt;全角＆&gt;😀\u{A0}\u{C2}\u{EF}\u{FFFD}\u{10FFFD}"))
    }
}
