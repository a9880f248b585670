import Conversion
@testable import PortalHTMLPlugin
import Testing

/// The WHATWG prescan: which declaration a page makes, before the bytes are checked against it.
@Suite("Charset prescan and sniffing")
struct CharsetPrescanTests {
    static let cases: [(html: String, label: String?, source: String?)] = [
        (#"<meta charset="gb2312">"#, "gb2312", "meta charset"),
        ("<META CHARSET=GBK>", "gbk", "meta charset"),
        (#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />"#, "gb2312", "meta http-equiv"),
        (#"<meta content='text/html;charset="x-gbk"' http-equiv=content-type>"#, "x-gbk", "meta http-equiv"),
        (#"<meta content="text/html; charset=utf-8">"#, nil, nil),  // no http-equiv pragma
        (#"<!-- <meta charset="big5"> --><meta charset="utf-8">"#, "utf-8", "meta charset"),
        (#"<div title="<meta charset=big5>"><meta charset=gb18030>"#, "gb18030", "meta charset"),
        (#"<?xml version="1.0" encoding="BIG5"?><rss>"#, "big5", "XML declaration"),
        ("\u{FEFF}<?xml version='1.0' encoding='gb2312'?>", "gb2312", "XML declaration"),
        ("<html><body>no declaration</body></html>", nil, nil),
        (String(repeating: " ", count: 1100) + #"<meta charset="gbk">"#, nil, nil),  // beyond 1024 bytes
    ]

    @Test(arguments: cases)
    func prescan(html: String, label: String?, source: String?) {
        let found = CharsetPrescan.declaration(in: Array(html.utf8)[...])
        #expect(found?.label == label)
        #expect(found?.source == source)
    }

    @Test func labelsMapToWHATWGEncodings() {
        for (html, encoding) in [
            (#"<meta charset="gb2312">"#, TextEncoding.gb18030), ("<meta charset=x-gbk>", .gb18030),
            ("<meta charset=big5>", .big5), ("<meta charset=utf-16le>", .utf8),
        ] {
            #expect(CharsetPrescan.declaredEncoding(in: Array(html.utf8)[...]).declared?.encoding == encoding)
        }
        let unsupported = CharsetPrescan.declaredEncoding(in: Array("<meta charset=shift_jis>".utf8)[...])
        #expect(unsupported.declared == nil)
        #expect(unsupported.unsupported == "shift_jis")
    }

    @Test func charsetFromContentAttribute() {
        #expect(CharsetPrescan.charsetFromContent("text/html; charset=gb2312") == "gb2312")
        #expect(CharsetPrescan.charsetFromContent("text/html; charset = 'gbk' ") == "gbk")
        #expect(CharsetPrescan.charsetFromContent("text/html;charset=utf-8;x=y") == "utf-8")
        #expect(CharsetPrescan.charsetFromContent("text/html") == nil)
    }

    @Test func sniffClaimsPagesNotFeedsOrText() {
        let reader = PortalHTMLReader()
        func sniff(_ text: String) -> Confidence {
            reader.sniff(InputSample(bytes: Array(text.utf8), fileName: "x")).confidence
        }
        #expect(sniff("<!DOCTYPE html><html><head><title>报告</title></head><body></body></html>") >= .high)
        #expect(sniff("  <HTML><BODY>报告</BODY></HTML>") >= .high)
        #expect(sniff("<div>片段</div><br>") >= .medium)
        #expect(sniff(#"<?xml version="1.0" encoding="gb2312"?><rss><channel><title>t</title></channel></rss>"#) <= .low)
        #expect(sniff("政府信息公开年度报告\n一、概述\n") == .none)
        #expect(sniff("%PDF-1.4 <html>") == .none)
    }

    @Test func siteSuffixesAndDates() {
        #expect(PageMetadata.withoutSiteSuffix("八部委如何玩转互联网+：打造万物互联新生态_网易财经") == "八部委如何玩转互联网+：打造万物互联新生态")
        #expect(PageMetadata.withoutSiteSuffix("某县2016年政府信息公开年度报告 - 163.com") == "某县2016年政府信息公开年度报告")
        #expect(PageMetadata.withoutSiteSuffix("报告_栏目_某某市人民政府") == "报告_栏目")
        #expect(DateText.normalized("2014年1月8日") == "2014-01-08")
        #expect(DateText.normalized("发布时间：2017-03-14 18:26:03") == "2017-03-14")
        #expect(DateText.normalized("2015/7/4") == "2015-07-04")
        #expect(DateText.normalized("第40号") == nil)
    }
}
