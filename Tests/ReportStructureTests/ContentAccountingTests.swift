import DocumentModel
import ReportStructure
import Testing

@Suite("Nothing-lost check: it catches loss and additions, and ignores only whitespace and |")
struct ContentAccountingTests {
    @Test func equalContentPasses() {
        let report = StructuredReport(blocks: [.heading(Heading(level: 1, numbering: "一、", text: "概述")), .paragraph("正文。")],
                                      metadataLines: ["发布日期:2019-01-01"], setAside: [SetAsideLine("登录", reason: "login bar")])
        let source = "登录\n发布日期: 2019-01-01\n一、 概述\n正文。"
        #expect(ContentAccounting.unaccounted(source: source, report: report).isEmpty)
    }

    @Test func aLostCharacterIsReported() {
        let report = StructuredReport(blocks: [.paragraph("正文")])
        let difference = ContentAccounting.unaccounted(source: "正文。", report: report)
        #expect(difference.missing == ["。": 1])
        #expect(difference.extra.isEmpty)
        #expect(difference.description.contains("missing 1"))
    }

    @Test func anAddedCharacterIsReported() {
        let report = StructuredReport(blocks: [.paragraph("正文。😀")])
        let difference = ContentAccounting.unaccounted(source: "正文。", report: report)
        #expect(difference.extra == ["😀": 1])
    }

    @Test func pipesAreTableSyntaxAndFullWidthPipesAreText() {
        let table = Table(rows: [[TableCell("规章"), TableCell("")]])
        #expect(ContentAccounting.unaccounted(source: "规章 |\n|\n||||", report: StructuredReport(blocks: [.table(table)])).isEmpty)
        let lost = ContentAccounting.unaccounted(source: "甲｜乙", report: StructuredReport(blocks: [.paragraph("甲乙")]))
        #expect(lost.missing == ["｜": 1])
    }

    @Test func documentOverloadReadsProvenance() {
        let provenance = Provenance(sourceName: "a.txt", byteCount: 0, sha256: "", format: "text", encoding: "UTF-8",
                                    confidence: 1, evidence: "test", reader: ReaderIdentity(name: "t", version: "1"),
                                    setAside: [SetAsideLine("点击数:", reason: "hit counter")], metadataLines: ["来源:公开办"])
        let document = Document(blocks: [.paragraph("正文")], provenance: provenance)
        #expect(ContentAccounting.unaccounted(source: "来源:公开办\n正文\n点击数:", document: document).isEmpty)
    }
}
