import DocumentModel
import Testing
import TestSupport

/// The real 163.com GBK pages: the article body without the portal, measured against another
/// extractor's output of the same pages (028-032), which has its own mistakes.
@Suite("Portal pages 001-008 (163.com, gb2312/gbk)", .enabled(if: Fixtures.hasCorpus))
struct CorpusPageTests {
    /// Page and the reference extraction of its article.
    static let references: [(page: String, reference: String)] = [
        ("002.html", "028.txt"), ("003.html", "029.txt"), ("005.html", "030.txt"), ("004.html", "031.txt"),
        ("001.html", "032.txt"),
    ]

    static let titles: [String: String] = [
        "001.html": "八部委如何玩转互联网+：打造万物互联新生态",
        "002.html": "“互联网+”行动指导意见公布 提出11大重点任务",
        "003.html": "发改委出债券指引：放宽城投债 输血重大工程包",
        "004.html": "国务院下午召集会议 决策层倾向果断强力救市",
        "005.html": "中国证券业协会倡议书：全力维护市场稳定",
        "006.html": "李克强：培育长期稳定健康发展的资本市场",
        "007.html": "证监会：将相应减少IPO发行家数及筹资金额",
        "008.html": "埃洛普离职：微软卧底成弃儿？",
    ]

    /// Navigation, comment widgets, related links, share bars and footers of these pages.
    static let template = [
        "网易首页", "网易新闻", "跟贴", "分享到", "网易公司版权所有", "About NetEase", "Copyright", "证券要闻",
        "重点推荐", "更多精彩资讯请点击", "登录", "注册免费邮箱", "客户服务", "隐私政策", "热点新闻", "网友评论",
        "本文来源：", "人参与",
    ]

    /// The reference's own mistakes: related-link titles ending in a date, and a pager link.
    static func referenceLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { line in
            let compact = PageReading.compact(line)
            if compact.isEmpty || compact == "在本页阅读全文" { return false }
            return compact.range(of: #"\d{4}/\d{2}/\d{2}$"#, options: .regularExpression) == nil
        }
    }

    @Test("the body holds the reference article text in order", arguments: references)
    func bodyHoldsArticle(page: String, reference: String) throws {
        let body = PageReading.compact(try PageReading.readCorpus(page))
        let lines = Self.referenceLines(try PageReading.gbkText(reference))
        #expect(lines.count >= 3)
        var cursor = body.startIndex
        var found = 0, total = 0
        for line in lines.map(PageReading.compact) {
            total += line.count
            if let range = body.range(of: line, range: cursor..<body.endIndex) {
                found += line.count
                cursor = range.upperBound
            } else {
                Issue.record("missing from \(page): \(line.prefix(40))")
            }
        }
        #expect(Double(found) >= 0.95 * Double(total))
    }

    @Test("no portal template text in the body", arguments: titles.keys.sorted())
    func noTemplate(page: String) throws {
        let document = try PageReading.readCorpus(page)
        let lines = PageReading.texts(document)
        for phrase in Self.template {
            let hits = lines.filter { $0.contains(phrase) }
            // "本文来源：" / "人参与" are frame lines the structure pass sets aside; here they may only
            // appear as whole short lines, never inside article text.
            if phrase == "本文来源：" || phrase == "人参与" {
                #expect(hits.allSatisfy { $0.count < 60 }, "\(page): \(phrase)")
            } else {
                #expect(hits.isEmpty, "\(page): \(phrase) in \(hits.first ?? "")")
            }
        }
    }

    @Test("title without the site name", arguments: titles.keys.sorted())
    func title(page: String) throws {
        let document = try PageReading.readCorpus(page)
        #expect(document.metadata.title == Self.titles[page])
    }

    @Test("declared charset is the evidence and the page decodes cleanly", arguments: titles.keys.sorted())
    func encoding(page: String) throws {
        let document = try PageReading.readCorpus(page)
        #expect(document.provenance.encoding == "gb18030")
        #expect(document.provenance.format == "portal-html")
        #expect(document.provenance.evidence.contains("meta"))
        #expect(!document.provenance.diagnostics.contains { $0.severity == .warning })
        #expect(document.provenance.diagnostics.contains { $0.message.hasPrefix("main content: ") })
    }
}
