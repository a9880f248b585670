import DocumentModel
import Testing

/// Character references read as HTML5 reads them, though libxml2 2.9 knows only HTML 4's names.
@Suite("HTML5 character references")
struct HTML5ReferenceTests {
    func text(_ html: String) throws -> [String] {
        let page = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><div class=\"content\"><p>\(html)</p></div></body></html>"
        return PageReading.texts(try PageReading.read(page))
    }

    @Test("HTML5 names", arguments: [
        ("M&lpar;N&rpar;O&colon;P&comma;Q&lowbar;R", "M(N)O:P,Q_R"),
        ("&lang;甲&rang;", "\u{27E8}甲\u{27E9}"),
        ("&NotEqualTilde;", "\u{2242}\u{338}"),
        ("&amp;&lt;b&gt;&nbsp;甲&ldquo;乙&rdquo;", "&<b> 甲“乙”"),
    ])
    func names(html: String, expected: String) throws {
        #expect(try text(html) == [expected])
    }

    @Test("legacy names without a semicolon", arguments: [
        ("S&nbspT&sect2019 U&lt V", "S T§2019 U< V"),
        ("本报告&copy2019年编制。", "本报告©2019年编制。"),
        ("&ampx &notit", "&x ¬it"),
        ("&unknown; &zz &#; &#x;", "&unknown; &zz &#; &#x;"),
    ])
    func legacy(html: String, expected: String) throws {
        #expect(try text(html) == [expected])
    }

    @Test("references to no character become U+FFFD", arguments: ["&#0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&#55296"])
    func replacement(reference: String) throws {
        #expect(try text("A\(reference)B") == ["A\u{FFFD}B"])
    }

    @Test("attributes and markup are not rewritten")
    func attributes() throws {
        let page = "<html><head><meta charset=\"utf-8\"></head><body><div class=\"content\"><p>附件：<a href=\"f.xls?a=1&copy=2&lpar;\">统计表&lpar;一&rpar;</a></p></div></body></html>"
        let document = try PageReading.read(page)
        #expect(PageReading.texts(document) == ["附件：统计表(一)"])
    }
}
