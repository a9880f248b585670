import DocumentModel
@testable import PortalHTMLPlugin
import Testing

/// Text a browser does not show (hidden elements, form controls, object fallbacks, SVG text) is
/// set aside with the reason of its kind, not dropped; inside chrome it is counted as template.
@Suite("Hidden and control text is set aside")
struct UnshownTextTests {
    static func page(_ inside: String, outside: String = "") -> String {
        "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><div id=\"content\"><p>一、总体情况</p>"
            + "<p>本年度主动公开政府信息共计一千二百三十四条，其中规范性文件十二件，部门文件三十件。</p>\(inside)</div>\(outside)</body></html>"
    }

    @Test("each kind with its reason", arguments: [
        ("<p style=\"display: none\">（二）本年度共受理申请十二件。</p>", "（二）本年度共受理申请十二件。", UnshownKind.hidden),
        ("<p hidden>隐藏的段落</p>", "隐藏的段落", .hidden),
        ("<span style=\"VISIBILITY:hidden\">看不见</span>", "看不见", .hidden),
        ("<textarea>（三）文本框中的内容  共计十二条</textarea>", "（三）文本框中的内容  共计十二条", .control),
        ("<select><option>2019年度</option><option>2020年度</option></select>", "2019年度", .control),
        ("<button>提交意见</button>", "提交意见", .control),
        ("<object data=\"a.swf\">对象后备文字</object>", "对象后备文字", .fallback),
        ("<noscript>请开启浏览器的脚本功能以查看附件</noscript>", "请开启浏览器的脚本功能以查看附件", .fallback),
        ("<svg><text x=\"1\">图中文字</text></svg>", "图中文字", .graphic),
    ])
    func setAside(html: String, text: String, kind: UnshownKind) throws {
        let document = try PageReading.read(Self.page(html))
        #expect(document.provenance.setAside.contains(SetAsideLine(text, reason: kind.reason)))
        #expect(!PageReading.compact(document).contains(PageReading.compact(text)))
    }

    @Test func optionsAreLinesOfTheirOwn() throws {
        let document = try PageReading.read(Self.page("<select><option>2019年度</option><option>2020年度</option></select>"))
        #expect(document.provenance.setAside.filter { $0.reason == UnshownKind.control.reason }.map(\.text) == ["2019年度", "2020年度"])
    }

    @Test("scripts stay out even when hidden; controls in a footer are template")
    func scriptsAndChrome() throws {
        let footer = "<div class=\"footer\"><select><option>市政府网站</option><option>县政府网站</option></select>版权所有</div>"
        let document = try PageReading.read(Self.page("<script style=\"display:none\">var a = \"脚本\";</script>", outside: footer))
        let aside = document.provenance.setAside.map(\.text).joined()
        #expect(!aside.contains("脚本"))
        #expect(!aside.contains("市政府网站"))
        let template = try #require(document.provenance.diagnostics.first { $0.message.hasPrefix("page template not copied") })
        #expect(template.message.contains("about 14 visible characters"))
    }
}

extension UnshownTextTests {
    @Test("a frameset page's <noframes> text is set aside; the empty document still warns")
    func framesetPage() throws {
        let html = "<html><head><meta charset=\"utf-8\"><title>t</title></head><frameset><frame src=\"a.html\"><noframes><body>"
            + "<p>一、总体情况</p><p>本年度主动公开政府信息共计一千二百三十四条。</p></body></noframes></frameset></html>"
        let document = try PageReading.read(html)
        #expect(document.blocks.isEmpty)
        #expect(document.provenance.setAside.map(\.text) == ["一、总体情况", "本年度主动公开政府信息共计一千二百三十四条。"])
        #expect(document.provenance.setAside.allSatisfy { $0.reason == UnshownKind.fallback.reason })
        #expect(document.provenance.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("no text found") })
    }

    @Test func noframesInABodyIsSetAside() throws {
        let document = try PageReading.read(Self.page("<noframes>您的浏览器不支持框架</noframes>"))
        #expect(document.provenance.setAside.contains(SetAsideLine("您的浏览器不支持框架", reason: UnshownKind.fallback.reason)))
        #expect(!PageReading.compact(document).contains("框架"))
    }
}
