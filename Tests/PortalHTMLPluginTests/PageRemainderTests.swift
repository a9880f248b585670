import Conversion
import DocumentModel
import Foundation
@testable import PortalHTMLPlugin
import Testing
import TestSupport

/// What a portal page shows outside the body never vanishes: its lines are set aside, a warning
/// names what looks like report content among them, and only the page template (chrome-named
/// elements, link blocks) is left to the original bytes, with its size in an info diagnostic.
@Suite("Text outside the body is set aside, never lost")
struct PageRemainderTests {
    static let head = "<html><head><meta charset=\"utf-8\"><title>某县2019年政府信息公开工作年度报告</title></head><body>"
    static let container = "<div class=\"content\"><p>二、主动公开政府信息情况</p>"
        + String(repeating: "<p>2019年，某县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1234条，受理依申请公开5件。</p>", count: 3)
        + "</div>"
    static let table = "<table border=\"1\"><tr><td>信息内容</td><td>本年新制作数量</td></tr><tr><td>规章</td><td>5</td></tr></table>"

    func outside(_ document: Document) -> [String] {
        document.provenance.setAside.filter { $0.reason == PageRemainder.reason }.map(\.text)
    }

    func warnings(_ document: Document) -> [String] {
        document.provenance.diagnostics.filter { $0.severity == .warning }.map(\.message)
    }

    /// The size the info diagnostic gives to the page template, nil when it has none.
    func templateSize(_ document: Document) -> Int? {
        let prefix = "page template not copied: about "
        guard let message = document.provenance.diagnostics.first(where: { $0.message.hasPrefix(prefix) })?.message else { return nil }
        return Int(message.dropFirst(prefix.count).prefix { $0.isNumber })
    }

    @Test("a table beyond a share bar is set aside row by row, and a warning names it")
    func tableBeyondShareBar() throws {
        let document = try PageReading.read(Self.head + Self.container + "<div class=\"share\">分享到：微信 微博</div>" + Self.table + "</body></html>")
        #expect(PageReading.tables(document).isEmpty)
        #expect(outside(document) == ["信息内容\t本年新制作数量", "规章\t5"])
        let warning = try #require(warnings(document).first)
        #expect(warning.contains("a table of 2 rows"))
        #expect(warning.contains("div.content"))
        #expect(templateSize(document) == 8)  // 分享到：微信微博
    }

    @Test("a heading beyond the print bar is set aside and named")
    func headingBeyondPrintBar() throws {
        let html = Self.head + "<div class=\"wrap\"><div class=\"b\">" + Self.container + "<div>【打印本页】【关闭窗口】</div></div>"
            + "<div><p>三、存在的主要问题</p><p>部分单位重视不够。</p></div></div></body></html>"
        let document = try PageReading.read(html)
        #expect(outside(document) == ["三、存在的主要问题", "部分单位重视不够。"])
        #expect(document.provenance.setAside.contains(SetAsideLine("【打印本页】【关闭窗口】", reason: "print and close links")))
        #expect(warnings(document).count == 1)
        #expect(warnings(document).first?.contains("the heading “三、存在的主要问题”") == true)
    }

    @Test("a footer line is set aside without a warning; menus and related links only counted")
    func templateIsCountedNotCopied() throws {
        let html = Self.head + "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/x\">政务公开</a></div>" + Self.container
            + "<ul><li><a href=\"/a\">某县2018年报告</a></li><li><a href=\"/b\">某县2017年报告</a></li></ul>"
            + "<div>版权所有：某县人民政府</div></body></html>"
        let document = try PageReading.read(html)
        #expect(outside(document) == ["版权所有：某县人民政府"])
        #expect(warnings(document).isEmpty)
        #expect(templateSize(document) == 6 + 18)
        #expect(PageReading.compact(document).hasSuffix("受理依申请公开5件。"))
    }

    @Test("a page that is all article has no remainder")
    func nothingLeft() throws {
        let document = try PageReading.read(Self.head + Self.container + "</body></html>")
        #expect(outside(document).isEmpty)
        #expect(templateSize(document) == nil)
        #expect(document.provenance.diagnostics.allSatisfy { $0.severity == .info })
    }

    /// Every visible character of the page's `<body>` is in the blocks, the metadata lines, the
    /// set-aside lines, or the template count.
    @Test("every character of the body is accounted for", arguments: [
        "adjacent-appendix-div.html", "adjacent-bare-table.html", "adjacent-section-div.html", "adjacent-fujian-after-trs-editor.html",
        "adjacent-fujian-after-article.html", "adjacent-table-layout-gb2312.html", "adjacent-split-columns.html",
        "adjacent-full-report-gb2312.html", "county-report-table-layout.html", "town-report-2019-tables.html",
    ])
    func everyCharacterAccountedFor(fixture: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.directory().appendingPathComponent(fixture))
        let document = try PageReading.read(bytes, name: fixture)
        let page = fixture.contains("gb2312") ? TextEncoding.gb18030.decode(bytes).text : String(decoding: bytes, as: UTF8.self)
        var output = PageReading.texts(document).reduce(0) { $0 + visible($1) }
        output += document.provenance.metadataLines.reduce(0) { $0 + visible($1) }
        output += document.provenance.setAside.reduce(0) { $0 + visible($1.text) }
        output += templateSize(document) ?? 0
        #expect(output == visible(bodyText(page)))
    }

    /// The text of a hand-made page's `<body>`: tags, scripts, styles and comments removed, the
    /// few entities the fixtures use decoded.
    func bodyText(_ html: String) -> String {
        var text = html
        if let start = text.range(of: "<body")?.lowerBound { text = String(text[start...]) }
        for pattern in ["<script[\\s\\S]*?</script>", "<style[\\s\\S]*?</style>", "<!--[\\s\\S]*?-->", "<[^>]*>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for (entity, character) in [("&gt;", ">"), ("&lt;", "<"), ("&nbsp;", " "), ("&quot;", "\""), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        // Decimal references (&#169;) are one character each.
        while let range = text.range(of: "&#[0-9]+;", options: .regularExpression) {
            let value = UInt32(text[range].dropFirst(2).dropLast()) ?? 0x20
            text.replaceSubrange(range, with: String(Unicode.Scalar(value).map(Character.init) ?? " "))
        }
        return text
    }

    /// Non-white-space characters.
    func visible(_ text: String) -> Int {
        text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{200B}" && $0 != "\u{FEFF}" }.count
    }

    @Test("the real portal pages: a handful of lines set aside, no warning", .enabled(if: Fixtures.hasCorpus),
          arguments: ["001.html", "002.html", "003.html", "004.html", "005.html", "006.html", "007.html", "008.html"])
    func corpusPages(page: String) throws {
        let document = try PageReading.readCorpus(page)
        #expect(outside(document).count <= 12)
        #expect(warnings(document).isEmpty)
        let template = try #require(templateSize(document))
        #expect(template > 500)
    }
}
