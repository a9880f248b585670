import DocumentModel
import Foundation
import Testing

/// `&#128;`–`&#159;` are read as HTML5 reads them, as the Windows-1252 characters old editors
/// meant, although libxml2 yields C1 controls for them.
@Suite("Numeric references 128-159 are Windows-1252 characters")
struct CharacterReferenceTests {
    func paragraphs(_ html: String) throws -> [String] {
        let page = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><div class=\"content\">\(html)</div></body></html>"
        return PageReading.texts(try PageReading.read(page))
    }

    @Test func quotesDashAndEllipsis() throws {
        #expect(try paragraphs("<p>&#147;政府信息公开&#148;工作&#150;年度报告&#133;</p>") == ["“政府信息公开”工作–年度报告…"])
    }

    /// Foundation's Windows-1252 decoder is the reference; the five bytes it leaves undefined
    /// (81 8D 8F 90 9D) stay the C1 controls they are in HTML5.
    @Test("every reference from 128 to 159, decimal and hex", arguments: 128...159)
    func reference(value: Int) throws {
        let undefined: Set<Int> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        let expected = undefined.contains(value)
            ? String(Unicode.Scalar(UInt32(value))!)
            : try #require(String(bytes: [UInt8(value)], encoding: .windowsCP1252))
        #expect(expected.unicodeScalars.first.map { $0.value < 0x80 || $0.value > 0x9F } == !undefined.contains(value))
        let decimal = try paragraphs("<p>甲&#\(value);乙</p>")
        let hex = try paragraphs("<p>甲&#x\(String(value, radix: 16));乙</p>")
        #expect(decimal == ["甲\(expected)乙"])
        #expect(hex == decimal)
    }

    @Test("a literal C1 control in a UTF-8 page is Windows-1252 text read as Latin-1, and is repaired too")
    func literalControl() throws {
        #expect(try paragraphs("<p>\u{93}年度报告\u{94}</p>") == ["“年度报告”"])
    }

    @Test func otherReferencesAreUntouched() throws {
        #expect(try paragraphs("<p>&#8220;甲&#8221;&#160;乙&#x4E2D;&#127;</p>") == ["“甲” 乙中"])
    }
}
