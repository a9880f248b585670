import Conversion
import DocumentModel
import Foundation
@testable import PortalHTMLPlugin
import Testing
import TestSupport

/// Pages built to hurt: huge, deep, entity bombs, external entities, bytes that decode to nothing.
@Suite("Hostile HTML")
struct HostileHTMLTests {
    @Test func tenMegabytesOfText() throws {
        let paragraph = "<p>政府信息公开工作年度报告第\(1)段，主动公开政府信息，依申请公开政府信息。</p>\n"
        let count = 10_000_000 / paragraph.utf8.count + 1
        let html = "<html><head><meta charset=utf-8><title>大页面</title></head><body><div id=zoom>"
            + String(repeating: paragraph, count: count) + "</div></body></html>"
        #expect(html.utf8.count > 10_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let page = try PortalHTMLReader().extract(
            ReaderInput(bytes: Array(html.utf8), name: SourceName("big.html")), options: ReadOptions())
        #expect(clock.now - start < .seconds(60))
        #expect(page.items.count == count)
        #expect(page.items.last == .line("政府信息公开工作年度报告第1段，主动公开政府信息，依申请公开政府信息。"))
    }

    @Test func oneHundredThousandNestedDivs() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "深处的正文内容，政府信息公开。"
            + String(repeating: "</div>", count: depth) + "<p>嵌套之后的段落，依申请公开。</p></body></html>"
        let page = try PortalHTMLReader().extract(
            ReaderInput(bytes: Array(html.utf8), name: SourceName("deep.html")), options: ReadOptions())
        let lines = page.items.compactMap { if case .line(let text) = $0 { text } else { nil } }
        #expect(lines.contains("深处的正文内容，政府信息公开。"))
        #expect(lines.contains("嵌套之后的段落，依申请公开。"))
        _ = try PageReading.read(html)  // the whole reader, structure pass included
    }

    @Test func unclosedDeepNestingOfMixedTags() throws {
        let html = "<body>" + String(repeating: "<table><tr><td><ul><li><span><b>", count: 20_000) + "正文内容在这里。"
        let document = try PageReading.read(html)
        #expect(PageReading.compact(document).contains("正文内容在这里。"))
    }

    @Test func billionLaughsIsNotExpanded() throws {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let html = "<!DOCTYPE html [\(declarations)]><html><body><p>开始 &lol9; 结束，政府信息公开。</p></body></html>"
        let clock = ContinuousClock()
        let start = clock.now
        let document = try PageReading.read(html)
        #expect(clock.now - start < .seconds(5))
        let text = PageReading.texts(document).joined()
        #expect(text.count < 1_000)
        #expect(!text.contains("lollol"))
    }

    @Test func externalEntityIsNeverRead() throws {
        let secret = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
        let firstLine = try #require(secret.split(separator: "\n").first.map(String.init))
        let html = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>
            <html><body><p>引用外部实体：&x; 结束，政府信息公开。</p><p><!--#include file="/etc/passwd"--></p></body></html>
            """
        let document = try PageReading.read(html)
        let output = String(decoding: try JSONEncoder().encode(document.provenance), as: UTF8.self)
            + PageReading.texts(document).joined(separator: "\n")
        #expect(!output.contains(firstLine))
        #expect(!output.contains("root:"))
        #expect(PageReading.compact(document).contains("引用外部实体"))
    }

    /// ASCII pages with 0xFF (undecodable in UTF-8 and GB18030 alike) at known offsets.
    static func badBytesPage() -> (bytes: [UInt8], offsets: [Int]) {
        var bytes: [UInt8] = [0xFF]
        bytes += Array("<html><head><meta charset=utf-8><title>t</title></head><body><div class=\"a".utf8)
        var offsets = [0, bytes.count]
        bytes += [0xFF] + Array("\"><di".utf8)
        offsets.append(bytes.count)
        bytes += [0xFF] + Array("v>Before the bad byte ".utf8)
        offsets.append(bytes.count)
        bytes += [0xFF] + Array(" and after it.</div></body></html>".utf8)
        offsets.append(bytes.count)
        bytes += [0xFF]
        return (bytes, offsets)
    }

    @Test func invalidBytesEverywhereBecomeWarningsWithOffsets() throws {
        let page = Self.badBytesPage()
        let document = try PageReading.read(page.bytes, name: "bad.html")
        let warnings = document.provenance.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.compactMap(\.byteOffset) == page.offsets)
        #expect(PageReading.texts(document).joined().contains("Before the bad byte \u{FFFD} and after it."))
    }

    @Test func strictModeFailsAtTheFirstBadByte() throws {
        let page = Self.badBytesPage()
        #expect(throws: GazetteError.self) { try PageReading.read(page.bytes, name: "bad.html", strict: true) }
        do {
            _ = try PageReading.read(page.bytes, name: "bad.html", strict: true)
        } catch let error as GazetteError {
            #expect(error.code == .invalidEncoding)
            #expect(error.byteOffset == 0)
            #expect(error.file == "bad.html")
        }
    }

    @Test func malformedMarkupIsRecovered() throws {
        let html = """
            <html><body></div></div><div id="content"><p>第一段，没有闭合标签
            <p>第二段&nbsp;带有实体&#x4E2D;&#25991;和&amp;符号
            <script>document.write("<p>脚本中的段落</p>");</script>
            <!-- <p>注释中的段落</p> -->
            <![CDATA[ 奇怪的CDATA ]]>
            <p>第三段</div></span></table>
            """
        let lines = PageReading.texts(try PageReading.read(html))
        #expect(lines.contains("第一段，没有闭合标签"))
        #expect(lines.contains("第二段 带有实体中文和&符号"))
        #expect(lines.contains("第三段"))
        #expect(!lines.joined().contains("脚本中的段落"))
        #expect(!lines.joined().contains("注释中的段落"))
    }

    @Test func hiddenElementsAreNotText() throws {
        let html = """
            <html><body><div id="content"><p>看得见的段落，政府信息公开。</p>
            <div style="DISPLAY: none">隐藏的旧版本正文</div><p hidden>隐藏属性的段落</p>
            <span style="visibility:hidden">不可见的文字</span><p style="color:red">红色的段落，依申请公开。</p></div></body></html>
            """
        let text = PageReading.texts(try PageReading.read(html)).joined(separator: "\n")
        #expect(text.contains("看得见的段落"))
        #expect(text.contains("红色的段落"))
        for hidden in ["隐藏的旧版本正文", "隐藏属性的段落", "不可见的文字"] { #expect(!text.contains(hidden)) }
    }

    @Test func emptyAndTextlessPages() throws {
        #expect(try PageReading.read([UInt8](), name: "empty.html").blocks.isEmpty)
        #expect(try PageReading.read("<html><head><title>只有标题</title></head><body></body></html>").blocks.isEmpty)
    }
}
