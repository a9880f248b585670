import Conversion
import Testing

/// WHATWG labels: gb2312, GBK, x-gbk and gb18030 all mean the one gb18030 decoder.
@Suite("Encoding labels")
struct TextEncodingLabelTests {
    @Test(arguments: [
        ("gb2312", TextEncoding.gb18030), ("GBK", .gb18030), ("x-gbk", .gb18030), ("gb18030", .gb18030),
        (" GB_2312-80 ", .gb18030), ("chinese", .gb18030), ("csGB2312", .gb18030), ("iso-ir-58", .gb18030),
        ("big5", .big5), ("Big5-HKSCS", .big5), ("cn-big5", .big5), ("x-x-big5", .big5),
        ("utf8", .utf8), ("UTF-8", .utf8), ("utf-16", .utf16LE), ("utf-16be", .utf16BE),
    ])
    func labelNamesEncoding(label: String, encoding: TextEncoding) {
        #expect(TextEncoding(label: label) == encoding)
    }

    @Test(arguments: ["euc-tw", "gb-18030", "", "hz-gb-2312", "big5hkscs"])
    func unknownLabels(label: String) {
        #expect(TextEncoding(label: label) == nil)
    }
}
