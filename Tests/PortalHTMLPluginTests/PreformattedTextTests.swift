import DocumentModel
import Testing

/// A report pasted into `<pre>` keeps its lines: a heading on its own line stays a heading.
@Suite("Preformatted text keeps its line breaks")
struct PreformattedTextTests {
    static func page(_ body: String) -> String {
        "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><div class=\"article\">\(body)</div></body></html>"
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func headingsInPreStayHeadings(lineBreak: String) throws {
        let text = ["一、总体情况", "    2018年，我县认真贯彻条例。", "二、其他情况", "  第二段。"].joined(separator: lineBreak)
        let document = try PageReading.read(Self.page("<pre>\(text)</pre>"))
        let headings = document.blocks.compactMap { block -> String? in if case .heading(let h) = block { h.text } else { nil } }
        #expect(headings == ["总体情况", "其他情况"])
        #expect(document.blocks.count == 4)
    }

    @Test func lineBreaksOutsidePreStillJoin() throws {
        let document = try PageReading.read(Self.page("<p>一、总体情况\n2018年，我县认真贯彻条例。</p>"))
        #expect(document.blocks.count == 1)
    }

    @Test("spaces and tabs inside a line of <pre> stay as written; the line's ends are trimmed")
    func spacesKept() throws {
        let text = "项目        上年数    本年数\n主动公开\t1234      5\n  （注）缩进说明  "
        let document = try PageReading.read(Self.page("<p>一、总体情况</p><pre>\(text)</pre>"))
        #expect(PageReading.texts(document).dropFirst() == ["项目        上年数    本年数", "主动公开\t1234      5", "（注）缩进说明"])
    }

    @Test func spacesOutsidePreStillCollapse() throws {
        let document = try PageReading.read(Self.page("<p>项目        上年数</p>"))
        #expect(PageReading.texts(document) == ["项目 上年数"])
    }
}
