import DocumentModel
import Testing

/// What follows `</body>` or `</html>`, and a second `<body>`, is body text, as HTML5 parsers read it.
@Suite("Text after the body is body text")
struct AfterBodyTests {
    static let article = "<div id=\"content\"><p>根据《中华人民共和国政府信息公开条例》规定，现公布本县2019年政府信息公开工作年度报告。本报告由总体情况等部分组成。</p><p>一、总体情况</p><p>本年度主动公开政府信息共计一千二百三十四条，其中规范性文件十二件，部门文件三十件。</p></div>"
    static let head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head>"

    @Test("after </body>, after </html>, in a second body", arguments: [
        "<body>\(article)</body><p>二、其他：本年度无收费情况，无行政复议，无行政诉讼案件发生。</p></html>",
        "<body>\(article)</body></html><p>二、其他：本年度无收费情况，无行政复议，无行政诉讼案件发生。</p>",
        "<body>\(article)</body><body><p>二、其他：本年度无收费情况，无行政复议，无行政诉讼案件发生。</p></body></html>",
        "<body>\(article)</body></html>\n<html><p>二、其他：本年度无收费情况，无行政复议，无行政诉讼案件发生。</p>",
    ])
    func laterTextIsRead(tail: String) throws {
        let document = try PageReading.read(Self.head + tail)
        let kept = PageReading.compact(document) + document.provenance.setAside.map(\.text).joined()
        #expect(kept.contains("本年度无收费情况，无行政复议，无行政诉讼案件发生。"))
        #expect(PageReading.compact(document).contains("一千二百三十四条"))
    }

    @Test func laterSectionJoinsTheReport() throws {
        let document = try PageReading.read(Self.head + "<body>\(Self.article)</body><p>二、其他</p><p>本年度无收费情况，无行政复议，无行政诉讼案件发生。</p></html>")
        let headings = document.blocks.compactMap { block -> String? in if case .heading(let h) = block { h.text } else { nil } }
        #expect(headings == ["总体情况", "其他"])
    }
}
