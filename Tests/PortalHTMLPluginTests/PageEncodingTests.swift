import Conversion
import DocumentModel
import Testing

/// BOM, then the page's declaration unless the bytes contradict it, then statistics.
@Suite("Page encoding decisions")
struct PageEncodingTests {
    static let body = "<p>本年度政府信息公开工作情况报告如下，主动公开政府信息一千二百条，依申请公开三十件。</p>"

    func page(charset: String) -> String {
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(charset)\"><title>年度报告</title></head><body>\(Self.body)</body></html>"
    }

    @Test func declarationDecidesWhenBytesAgree() throws {
        let bytes = TextEncodingFixture.gb18030(page(charset: "gb2312"))
        let document = try PageReading.read(bytes)
        #expect(document.provenance.encoding == "gb18030")
        #expect(document.provenance.evidence.contains("gb2312"))
        #expect(PageReading.compact(document).contains("主动公开政府信息一千二百条"))
    }

    @Test func utf8BytesLabelledGB2312AreUTF8() throws {
        let document = try PageReading.read(Array(page(charset: "gb2312").utf8))
        #expect(document.provenance.encoding == "UTF-8")
        #expect(document.provenance.diagnostics.contains { $0.message.contains("gb2312") })
        #expect(PageReading.compact(document).contains("主动公开政府信息一千二百条"))
    }

    @Test func gbBytesLabelledUTF8AreGB18030() throws {
        let document = try PageReading.read(TextEncodingFixture.gb18030(page(charset: "utf-8")))
        #expect(document.provenance.encoding == "gb18030")
        #expect(PageReading.compact(document).contains("主动公开政府信息一千二百条"))
        #expect(!document.provenance.diagnostics.contains { $0.severity == .warning })
    }

    @Test func bomBeatsTheDeclaration() throws {
        let document = try PageReading.read([0xEF, 0xBB, 0xBF] + Array(page(charset: "big5").utf8))
        #expect(document.provenance.encoding == "UTF-8")
        #expect(document.provenance.evidence == "BOM")
        #expect(document.metadata.title == "年度报告")
    }

    @Test func utf16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in page(charset: "utf-8").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try PageReading.read(bytes)
        #expect(document.provenance.encoding == "UTF-16LE")
        #expect(PageReading.compact(document).contains("依申请公开三十件"))
    }
}
