import DocumentModel
import Testing

/// Paragraphs of the article with two or more links are report lines when they say something
/// outside their links; pure link lists inside the article are set aside, never dropped.
@Suite("Link-rich lines inside the article")
struct LinkBlockTests {
    static func read() throws -> Document { try PageReading.readFixture("links-inside-article.html") }

    @Test func numberedHeadingWithLinksStaysAHeading() throws {
        let document = try Self.read()
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(let h) = block { (h.numbering ?? "") + h.text } else { nil }
        }
        #expect(headings == ["一、总体情况", "（一）依据《条例》和《实施办法》", "二、其他"])
    }

    @Test func attachmentLineWithTwoLinksStaysInTheBody() throws {
        #expect(PageReading.texts(try Self.read()).contains("附件：2019年度统计表、依申请公开情况表"))
    }

    @Test func linkListInsideTheArticleIsSetAside() throws {
        let document = try Self.read()
        let aside = document.provenance.setAside.filter { $0.reason == "link block or chrome inside the main content" }.map(\.text)
        #expect(aside == ["关于印发某某县政务公开工作要点的通知", "关于进一步加强政府信息公开工作的意见", "上一篇 下一篇"])
        #expect(!PageReading.compact(document).contains("上一篇"))
        #expect(!document.provenance.diagnostics.contains { $0.message.hasPrefix("page template not copied") })
    }

    @Test("a numbered news list is still a link list")
    func numberedNewsListStaysOut() throws {
        let list = "<ul><li>1. <a href=\"/n/1.html\">关于开展安全检查的通知</a></li><li>2. <a href=\"/n/2.html\">关于召开工作会议的通知</a></li></ul>"
        let html = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"content\"><p>一、总体情况</p><p>本年度主动公开政府信息共计一千二百三十四条，其中规范性文件十二件，部门文件三十件。</p>\(list)</div></body></html>"
        let document = try PageReading.read(html)
        #expect(!PageReading.compact(document).contains("安全检查"))
        #expect(document.provenance.setAside.contains { $0.text.contains("关于开展安全检查的通知") })
    }
}
