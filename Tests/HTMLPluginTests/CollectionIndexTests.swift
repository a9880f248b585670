import DocumentModel
import HTMLPlugin
import Testing

@Suite("Collection index")
struct CollectionIndexTests {
    static let sample = CollectionIndex(entries: [
        CollectionEntry(title: "乙区2016年报告", sourceName: "b2016.txt", agency: "乙区政府", year: 2016,
                        publishedDate: "2017-03-01", path: "b2016.html"),
        CollectionEntry(title: "无年度", sourceName: "x.txt", agency: "甲区政府", path: "x.html"),
        CollectionEntry(title: "甲区2017年报告", sourceName: "a2017.txt", agency: "甲区政府", year: 2017,
                        publishedDate: "2018-02-02", signedDate: "2018-01-30", path: "2017/a 2017.html"),
        CollectionEntry(title: "c.txt", sourceName: "c.txt", year: 2017, path: "c.html"),
        CollectionEntry(title: "乙区2017年报告", sourceName: "<b>.txt", agency: "乙区政府", year: 2017,
                        publishedDate: "2018-01-15", path: "2017/乙&<b>.html"),
        CollectionEntry(title: "甲区2017年补充", sourceName: "a2017b.txt", agency: "甲区政府", year: 2017,
                        publishedDate: "2018-01-01", path: "2017/a2017b.html"),
    ])

    @Test func groupsByYearDescendingThenAgencyUnknownLast() {
        let groups = Self.sample.groups
        #expect(groups.map(\.year) == [2017, 2016, nil])
        #expect(groups[0].agencies.map(\.agency) == ["乙区政府", "甲区政府", nil])
        #expect(groups[0].agencies[1].entries.map(\.title) == ["甲区2017年补充", "甲区2017年报告"])
    }

    @Test func orderOfInputDoesNotMatter() {
        let reversed = CollectionIndex(entries: Self.sample.entries.reversed())
        #expect(reversed.render() == Self.sample.render())
    }

    @Test func linksAreRelativeAndEncodedTextIsEscaped() {
        let html = String(decoding: Self.sample.render(), as: UTF8.self)
        #expect(html.contains("<a href=\"2017/a%202017.html\">甲区2017年报告</a>"))
        #expect(html.contains("<a href=\"2017/%E4%B9%99%26%3Cb%3E.html\">乙区2017年报告</a>"))
        #expect(html.contains("原文件 &lt;b&gt;.txt"))
        #expect(html.contains("发布 2018-02-02 · 成文 2018-01-30"))
        #expect(!html.contains("<script"))
    }

    @Test func yearNavigationAndUnknownGroups() {
        let html = String(decoding: Self.sample.render(), as: UTF8.self)
        #expect(html.contains("<a href=\"#y2017\">2017 年度</a>"))
        #expect(html.contains("<section id=\"unknown-year\">\n<h2>年度不详</h2>"))
        #expect(html.contains("<h3>发布机构不详</h3>"))
        #expect(html.contains("共 6 篇"))
    }

    @Test func aDocumentNamedIndexKeepsItsNameAndTheIndexMovesAside() {
        #expect(Self.sample.fileName == "index.html")
        let clash = CollectionIndex(entries: [CollectionEntry(title: "t", sourceName: "index.txt", path: "index.html")])
        #expect(clash.fileName == "gazette-index.html")
    }

    @Test func entryFromADocumentFallsBackToTheSourceName() {
        let entry = CollectionEntry(SampleDocuments.empty, path: "empty.html")
        #expect(entry.title == "empty.txt" && entry.agency == nil && entry.year == nil)
        let full = CollectionEntry(SampleDocuments.full, path: "full.html")
        #expect(full.title == SampleDocuments.full.metadata.title && full.year == 2017 && full.signedDate == "2018-03-28")
    }
}
