import Conversion
import DocumentModel
import PortalHTMLPlugin
import Testing
import TestSupport
import TextPlugin

/// "An HTML page and the same report as text give the same blocks": each seed report of
/// Archive/originals, read as text by the text readers, and wrapped in a portal template
/// (SeedPortalPage) and read by PortalHTMLReader.
///
/// The page holds the seed's lines, not a re-rendering of them: the seeds are crawls of portal
/// pages, so their 2019 tables arrive as cell runs in both forms. Blank lines do not survive as
/// HTML paragraphs; the structure pass does not depend on them.
@Suite("HTML page and text of the same report give the same blocks")
struct SeedEquivalenceTests {
    /// The seed reports kept in the repository, in every encoding they came in.
    /// The seeds by raw path: the 2013 seed's file name is GBK bytes.
    static let seeds = RawDirectory.files(under: Fixtures.originals.path, suffix: ".txt")

    @Test func allFiveSeedsAreThere() {
        #expect(Self.seeds.count == 5)
    }

    @Test("same blocks and title as the text reader", arguments: seeds)
    func sameBlocks(file: RawDirectory.File) throws {
        let seed = file.description
        let bytes = try #require(RawDirectory.bytes(file))
        let decision = EncodingDetector.detect(bytes[...])
        let input = ReaderInput(bytes: bytes, name: SourceName("seed.txt"))
        let text: Document =
            decision.encoding == .gb18030
            ? try GBKTextReader().read(input, options: ReadOptions())
            : try PlainTextReader().read(input, options: ReadOptions())
        let decoded = decision.encoding.decode(bytes[decision.bomLength...]).text
        let html = SeedPortalPage.html(lines: SeedPortalPage.lines(decoded), title: text.metadata.title)
        let page = try PageReading.read(html, name: "seed.html")

        #expect(page.provenance.diagnostics.contains { $0.message.hasPrefix("main content: div#zoom") })
        #expect(page.blocks.count == text.blocks.count, "\(seed): \(page.blocks.count) blocks, text \(text.blocks.count)")
        for (index, (fromPage, fromText)) in zip(page.blocks, text.blocks).enumerated() where fromPage != fromText {
            Issue.record("\(seed) block \(index): page \(fromPage) ≠ text \(fromText)")
            break
        }
        #expect(page.metadata.title == text.metadata.title)
        // The template stays out, whatever the structure pass makes of the seed's own lines.
        let body = PageReading.texts(page).joined(separator: "\n")
        for template in ["网站首页", "当前位置", "政策文件库", "机构概况", "公开专栏导航", "咨询电话", "分享到", "打印本页", "相关阅读", "版权所有", "脚本里的文字", "网站地图"] {
            #expect(!body.contains(template), "\(seed): \(template)")
        }
    }
}
