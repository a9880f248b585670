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
        "本文来源：", "人参与", "往期回顾", "作者简介",
        // 163's 聚合阅读 box: a tag-link list far below the article, links only.
        "聚合阅读", "重新定位新闻浏览习惯",
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
        let document = try PageReading.readCorpus(page)
        let body = PageReading.compact(document)
        // The structure pass takes some article lines as metadata (the closing date becomes
        // signedDate); such a line is not lost, but only an exact metadata line is excused.
        let metadataLines = Set(document.provenance.metadataLines.map(PageReading.compact))
        let lines = Self.referenceLines(try PageReading.gbkText(reference))
        #expect(lines.count >= 3)
        var cursor = body.startIndex
        var found = 0, total = 0
        for line in lines.map(PageReading.compact) {
            if let range = body.range(of: line, range: cursor..<body.endIndex) {
                total += line.count
                found += line.count
                cursor = range.upperBound
            } else if metadataLines.contains(line) {
                continue
            } else {
                total += line.count
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
            #expect(hits.isEmpty, "\(page): \(phrase) in \(hits.first ?? "")")
        }
    }

    @Test("the 本文来源 line under the article is metadata, not body", arguments: titles.keys.sorted().filter { $0 != "008.html" })
    func sourceLineIsMetadata(page: String) throws {
        let document = try PageReading.readCorpus(page)
        let frame = document.provenance.metadataLines + document.provenance.setAside.map(\.text)
        #expect(frame.contains { $0.hasPrefix("本文来源：") })
    }

    @Test("the body ends with the article's last paragraph, not a box below it")
    func bodyEndsWithArticle() throws {
        let endings: [String: String] = [
            "001.html": "也考验着政府开放数据的决心。", "005.html": "中国证券业协会",
            "008.html": "智慧型知识型新媒体。",
        ]
        for (page, ending) in endings {
            let last = PageReading.texts(try PageReading.readCorpus(page)).last ?? ""
            #expect(last.hasSuffix(ending), "\(page) ends with \(last)")
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
