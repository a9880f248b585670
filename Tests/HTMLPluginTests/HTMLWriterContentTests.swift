import DocumentModel
import Foundation
import HTMLPlugin
import Testing
import TestSupport

/// The page carries the same content as the JSON form, in the structure a reader expects.
@Suite("HTML writer content and structure")
struct HTMLWriterContentTests {
    /// Escapes as HTML text, written independently of the writer's own escaper.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    static func html(_ document: Document) throws -> String {
        String(decoding: try HTMLWriter().write(document), as: UTF8.self)
    }

    static let documents: [Document] = {
        var documents = [SampleDocuments.full, SampleDocuments.wide, SampleDocuments.empty]
        documents += HostileText.all.dropLast().map(SampleDocuments.hostile)
        if Fixtures.hasCorpus {
            documents += HTMLWriterGoldenTests.seedNames.compactMap { try? HTMLWriterGoldenTests.readSeed($0) }
        }
        return documents
    }()

    @Test(arguments: documents.indices)
    func everyTextOfTheDocumentIsOnThePage(_ index: Int) throws {
        let document = Self.documents[index]
        let html = try Self.html(document)
        let texts = SampleDocuments.texts(of: document)
        #expect(!texts.isEmpty)
        for text in texts {
            #expect(html.contains(Self.escaped(text)), "missing: \(text.prefix(60))")
        }
        if let year = document.metadata.year { #expect(html.contains("<dd>\(year)</dd>")) }
        #expect(html.contains("\(document.provenance.byteCount) 字节"))
        #expect(html.contains("<dd>\(document.provenance.diagnostics.count) 条</dd>"))
    }

    @Test func outputIsDeterministic() throws {
        #expect(try HTMLWriter().write(SampleDocuments.full) == (try HTMLWriter().write(SampleDocuments.full)))
    }

    @Test func pageSkeleton() throws {
        let html = try Self.html(SampleDocuments.full)
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<title>北京市某区人民政府2017年政府信息公开工作年度报告</title>"))
        #expect(html.contains("<h1>北京市某区人民政府2017年政府信息公开工作年度报告</h1>"))
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(html.hasSuffix("</body>\n</html>\n"))
        for forbidden in ["<script", "<link", "<img", "src=", "url(", "@import", "http://", "https://"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test func stylesheetHasPrintDarkModeAndCJKFonts() throws {
        let html = try Self.html(SampleDocuments.empty)
        for rule in ["@media print", "@media (prefers-color-scheme:dark)", "break-inside:avoid", "Noto Serif CJK SC",
                     "max-width:42.5rem", "overflow-x:auto"] {
            #expect(html.contains(rule), "\(rule)")
        }
    }

    @Test func headingLevelsMapBelowTheTitleAndKeepTheirNumbering() throws {
        let html = try Self.html(SampleDocuments.full)
        #expect(html.contains("<h2><span class=\"no\">一、</span>总体情况</h2>"))
        #expect(html.contains("<h3><span class=\"no\">（一）</span>主动公开情况</h3>"))
        #expect(html.contains("<h4><span class=\"no\">1.</span>网站建设</h4>"))
        #expect(html.contains("<h5><span class=\"no\">（1）</span>专题专栏</h5>"))
        #expect(html.contains("<h2>无编号标题</h2>"))
    }

    @Test(arguments: [(-3, "h2"), (0, "h2"), (1, "h2"), (4, "h5"), (5, "h6"), (99, "h6")])
    func outOfRangeLevelsAreClampedNotDropped(_ level: Int, _ tag: String) throws {
        var document = SampleDocuments.empty
        document.blocks = [.heading(Heading(level: level, text: "标题"))]
        #expect(try Self.html(document).contains("<\(tag)>标题</\(tag)>"))
    }

    @Test func tableHasHeaderSpansAndNumericCells() throws {
        let html = try Self.html(SampleDocuments.full)
        #expect(html.contains("<thead>\n<tr><th>指标</th><th>单位</th><th>数量</th><th>占比</th></tr>\n</thead>"))
        #expect(html.contains("<tr><td colspan=\"2\">主动公开政府信息数</td><td class=\"num\">4,253</td><td class=\"num\">100%</td></tr>"))
        #expect(html.contains("<td rowspan=\"2\">其中</td>"))
        #expect(html.contains("<td class=\"num\">55.8%</td>"))
        #expect(html.contains("<div class=\"table-wrap\">\n<table>\n<thead>"))
        // The words-only table has no header row.
        #expect(html.contains("<div class=\"table-wrap\">\n<table>\n<tbody>\n<tr><td>仅文字</td>"))
    }

    @Test func metadataAndProvenanceLayout() throws {
        let html = try Self.html(SampleDocuments.full)
        #expect(html.contains("<dl class=\"meta\">\n<div><dt>发布机构</dt><dd>某区人民政府办公室</dd></div>"))
        #expect(html.contains("<dt>主题词</dt><dd>政务公开；年度报告</dd>"))
        #expect(html.contains("<dt>编码</dt><dd>gb18030（置信度 0.97；依据：statistics）</dd>"))
        #expect(html.contains("<details class=\"set-aside\">\n<summary>页面杂项，未计入正文（2）</summary>"))
        #expect(html.contains("<li>warning：undecodable byte 0xFF replaced with U+FFFD（字节 1234）</li>"))
        #expect(!html.contains("<details open"))
    }

    @Test func runsOfIdenticalSetAsideLinesShowOnceWithTheirCount() throws {
        var document = SampleDocuments.empty
        let mark = SetAsideLine("|", reason: "table row mark"), cell = SetAsideLine("|", reason: "empty table cell")
        document.provenance.setAside = [mark, mark, mark, cell, mark]
        let html = try Self.html(document)
        #expect(html.contains("<summary>页面杂项，未计入正文（5）</summary>\n<ul>\n"
            + "<li>|<span class=\"reason\">table row mark</span><span class=\"times\">×3</span></li>\n"
            + "<li>|<span class=\"reason\">empty table cell</span></li>\n"
            + "<li>|<span class=\"reason\">table row mark</span></li>\n</ul>"))
    }

    @Test func paragraphsIndentedWithIdeographicSpacesAreNotIndentedTwice() throws {
        var document = SampleDocuments.empty
        document.blocks = [.paragraph("\u{3000}\u{3000}一是力度大。"), .paragraph("二是范围广。")]
        let html = try Self.html(document)
        #expect(html.contains("<p class=\"indented\">\u{3000}\u{3000}一是力度大。</p>\n<p>二是范围广。</p>"))
    }

    @Test func emptyDocumentFallsBackToItsFileName() throws {
        let html = try Self.html(SampleDocuments.empty)
        #expect(html.contains("<title>empty.txt</title>"))
        #expect(html.contains("<h1 class=\"untitled\">empty.txt</h1>"))
        #expect(!html.contains("<dl class=\"meta\">"))
        #expect(!html.contains("<details"))
    }
}
