import DocumentModel
import Foundation
@testable import PortalHTMLPlugin
import Testing
import TestSupport

/// A wrapper whose class or id merely mentions chrome (`no-sidebar`, `page-related`) or even names
/// it (`side`, `related`) must not take the report with it: the footer must never become the body.
@Suite("Chrome names do not hide the report")
struct ChromeNameTests {
    /// The fixture's report wrapped in an element with the given `class` (or `#id`) value.
    static func page(wrapper: String) throws -> String {
        let url = Fixtures.directory().appendingPathComponent("report-in-chrome-named-wrapper.html")
        let template = try String(contentsOf: url, encoding: .utf8)
        let attribute = wrapper.hasPrefix("#") ? "id=\"\(wrapper.dropFirst())\"" : "class=\"\(wrapper)\""
        return template.replacingOccurrences(of: "class=\"WRAPPER\"", with: attribute)
    }

    static let headings = ["总体情况", "其他"]

    @Test("report kept whatever its wrapper is called", arguments: [
        "wrapper", "no-sidebar", "has-sidebar", "site has-sidebar", "page-related", "sharing-enabled", "layout-with-nav",
        "#related", "side", "share-text", "copyright-text", "breadcrumb-wrap", "sidebar-article", "#side",
    ])
    func reportKept(wrapper: String) throws {
        let document = try PageReading.read(try Self.page(wrapper: wrapper))
        let headings = document.blocks.compactMap { block -> String? in if case .heading(let h) = block { h.text } else { nil } }
        #expect(headings == Self.headings)
        let body = PageReading.compact(document)
        #expect(body.contains("本年度无收费情况"))
        #expect(!body.contains("主办单位"))
        #expect(!body.contains("微博"), "chrome inside the report stays chrome")
    }

    @Test("state and negation tokens name no chrome; chrome words and fragments still do", arguments: [
        ("no-sidebar", false), ("has-sidebar", false), ("noSidebar", false), ("sharing-enabled", false),
        ("#page.layout-with-nav", false), ("sidebar", true), ("sidebar-nav", true), (".left.sidebar", true),
        ("#footer", true), ("side", true), ("bdsharebuttonbox", true), ("main.no-sidebar.footer", true),
    ])
    func tokens(label: String, chrome: Bool) {
        #expect(TemplateHints.namesChrome(label) == chrome)
    }

    @Test func liftIsReported() throws {
        let document = try PageReading.read(try Self.page(wrapper: "side"))
        #expect(document.provenance.diagnostics.contains { $0.message.hasPrefix("chrome names ignored for div.side") })
    }

    @Test("a real sidebar beside a real article stays out")
    func realSidebarStaysOut() throws {
        let sidebar = "<div class=\"sidebar\"><p>热点：关于做好春节期间安全生产工作的通知已经发布请查看</p></div>"
        let html = try Self.page(wrapper: "wrapper").replacingOccurrences(of: "<div class=\"bottom\">", with: sidebar + "<div class=\"bottom\">")
        let document = try PageReading.read(html)
        #expect(!PageReading.compact(document).contains("热点"))
        #expect(!document.provenance.diagnostics.contains { $0.message.hasPrefix("chrome names ignored") })
    }

    @Test("report text in a chrome element outside the article is set aside with a warning")
    func reportInChromeOutsideIsWarned() throws {
        let extra = "<div class=\"related\"><p>三、存在的主要问题</p><p>一是信息公开的及时性有待提高，二是公开的深度和广度还需要进一步拓展。</p></div>"
        let html = try Self.page(wrapper: "wrapper").replacingOccurrences(of: "<div class=\"bottom\">", with: extra + "<div class=\"bottom\">")
        let document = try PageReading.read(html)
        let aside = document.provenance.setAside.map(\.text)
        #expect(aside.contains("三、存在的主要问题"))
        #expect(document.provenance.diagnostics.contains { $0.severity == .warning && $0.message.contains("三、存在的主要问题") })
    }
}

extension ChromeNameTests {
    @Test("a statistics table in a sidebar is set aside with a warning, a news table is template")
    func tablesInChrome() throws {
        let stats = "<div class=\"sidebar\"><table><tr><td>信息内容</td><td>本年新制作数量</td></tr><tr><td>规章</td><td>5</td></tr><tr><td>规范性文件</td><td>12</td></tr></table></div>"
        let news = "<div class=\"sidebar\"><table><tr><td><a href=\"/1.html\">关于开展检查的通知</a></td><td>2020-01-05</td></tr><tr><td><a href=\"/2.html\">关于召开会议的通知</a></td><td>2020-01-06</td></tr></table></div>"
        let base = try Self.page(wrapper: "wrapper")
        let withStats = try PageReading.read(base.replacingOccurrences(of: "<div class=\"bottom\">", with: stats + "<div class=\"bottom\">"))
        #expect(withStats.provenance.setAside.map(\.text).contains("规范性文件\t12"))
        #expect(withStats.provenance.diagnostics.contains { $0.severity == .warning && $0.message.contains("a table of 3 rows") })
        let withNews = try PageReading.read(base.replacingOccurrences(of: "<div class=\"bottom\">", with: news + "<div class=\"bottom\">"))
        #expect(!withNews.provenance.setAside.contains { $0.text.contains("2020-01-05") })
        #expect(!withNews.provenance.diagnostics.contains { $0.severity == .warning })
    }
}

extension ChromeNameTests {
    static let head = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
    static let report = "<p>一、总体情况</p><p>本年度主动公开政府信息共计一千二百三十四条，其中规范性文件十二件，部门文件三十件，均已按时公开。</p><p>二、其他</p><p>本年度无收费情况，无行政复议，无行政诉讼案件发生，全年工作平稳推进，各项制度得到落实。</p>"

    @Test("a report in a chrome-named box beside a short intro in the same wrapper is the body")
    func reportBesideIntro() throws {
        let intro = "<p>根据《中华人民共和国政府信息公开条例》规定，现公布本县政府信息公开工作年度报告。</p>"
        let html = Self.head + "<div id=\"main\"><div class=\"related\">\(Self.report)</div>\(intro)</div><div class=\"bottom\">主办单位：某某县人民政府办公室</div></body></html>"
        let document = try PageReading.read(html)
        let body = PageReading.compact(document)
        #expect(body.contains("全年工作平稳推进"))
        #expect(!body.contains("主办单位"))
    }

    @Test("report text in a chrome box inside the article is set aside and warned about")
    func reportInChromeInsideArticle() throws {
        let box = "<div class=\"share-box\"><p>三、存在的主要问题</p><p>一是信息公开的及时性有待提高，二是公开的深度和广度还需要进一步拓展。</p></div>"
        let article = "<div class=\"article\"><p>根据《中华人民共和国政府信息公开条例》规定，现公布本县政府信息公开工作年度报告，请查阅。</p>\(Self.report)\(box)</div>"
        let document = try PageReading.read(Self.head + article + "</body></html>")
        #expect(document.provenance.setAside.contains(SetAsideLine("三、存在的主要问题", reason: "link block or chrome inside the main content")))
        let warning = try #require(document.provenance.diagnostics.first { $0.severity == .warning })
        #expect(warning.message.contains("“link block or chrome inside the main content”"))
        #expect(warning.message.contains("三、存在的主要问题"))
    }
}

extension ChromeNameTests {
    /// A CMS article container is named by a whole token of the label, in any case.
    @Test(arguments: [
        ("#Content", true), (".a.TRS_Editor", true), ("#x.main-content.y", true), (".article-content", true),
        ("#contents", false), (".article-contentx", false), ("", false), ("#", false), (".", false), ("#zw1", false),
    ])
    func articleContainerNames(label: String, names: Bool) {
        #expect(TemplateHints.namesArticleContainer(label) == names)
    }
}
