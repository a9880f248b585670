import DocumentModel
import Foundation
@testable import PortalHTMLPlugin
import Testing

/// A report carried in `<iframe srcdoc="…">` is read where the browser shows it, never lost.
@Suite("iframe srcdoc frames")
struct SrcdocFrameTests {
    static let sentence = "花山镇2019年度共计公开信息数为70条，公开信息内容主要是对上级部门下发文件的通知，扫黑除恶、安全生产等工作的宣传。"

    /// `html` escaped for a double-quoted attribute value.
    static func attribute(_ html: String) -> String {
        html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test("the report in a srcdoc frame is the body, beside the page's metadata grid")
    func reportInFrame() throws {
        let report = "<p>一、总体情况</p><p>\(Self.sentence)</p><p>二、主动公开政府信息情况</p><p>\(Self.sentence)</p>"
        let html = PageRemainderTests.head
            + "<table class=\"xxgk\"><tr><td>索引号：</td><td>11220581MB1234567X/2020-00012</td><td>发布机构：</td><td>临江市花山镇人民政府</td></tr>"
            + "<tr><td>名称：</td><td>花山镇2019年政府信息公开工作年度报告</td><td>生成日期：</td><td>2020-01-15</td></tr>"
            + "<tr><td>文号：</td><td>花政发〔2020〕3号</td><td>主题分类：</td><td>政务公开</td></tr></table>"
            + "<iframe srcdoc=\"\(Self.attribute(report))\" width=\"100%\"></iframe></body></html>"
        let document = try PageReading.read(html)
        #expect(PageReading.texts(document) == ["一、总体情况", Self.sentence, "二、主动公开政府信息情况", Self.sentence])
        #expect(document.metadata.indexNumber == "11220581MB1234567X/2020-00012")
        #expect(document.provenance.diagnostics.contains { $0.message.contains("1 <iframe srcdoc> frame(s)") })
    }

    @Test("frames nested in frames are read up to a bound")
    func nestedFrames() throws {
        var inner = "<p>\(Self.sentence)</p>"
        for level in 0..<40 { inner = "<p>第\(level)层</p><iframe srcdoc=\"\(Self.attribute(inner))\"></iframe>" }
        let document = try PageReading.read(PageRemainderTests.head + inner + "</body></html>")
        #expect(document.provenance.diagnostics.contains { $0.message.contains("\(SrcdocFrames.most) <iframe srcdoc> frame(s)") })
    }
}
