import Conversion
import DocumentModel
import Foundation
import JSONPlugin
import Testing

/// A file that is not JSON is refused with the byte offset of the first error, which
/// Foundation's JSONDecoder does not give.
@Suite("JSON reader locates syntax errors")
struct JSONReaderSyntaxTests {
    static let document: [UInt8] = {
        let data = try! JSONSerialization.data(withJSONObject: DocumentConstraintsTests.valid(), options: [.sortedKeys])
        return [UInt8](data)
    }()

    static func read(_ bytes: [UInt8]) throws(GazetteError) -> Document {
        try JSONReader().read(ReaderInput(bytes: bytes, name: SourceName("x.json")), options: ReadOptions())
    }

    /// The offset of the first occurrence of `text` in the document.
    static func offset(of text: String) -> Int {
        let needle = Array(text.utf8)
        return document.indices.first { document[$0...].starts(with: needle) }!
    }

    /// (what, the damaged bytes, offset expected, message expected).
    static var damaged: [(String, [UInt8], Int, String)] {
        let second = offset(of: #"],"metadata""#) + 2
        let title = offset(of: "报告")
        var doubled = document
        doubled.insert(UInt8(ascii: ","), at: second)
        var gbk = document
        gbk.replaceSubrange(title..<(title + 6), with: [0xB1, 0xA8, 0xB8, 0xE6])
        return [
            ("doubled comma", doubled, second, "not valid JSON: unexpected ',' (expected a string key)"),
            ("truncated", Array(document.dropLast()), document.count - 1, "not valid JSON: unexpected end of input"),
            ("GBK bytes in a string", gbk, title, "not valid JSON: invalid UTF-8 (byte 0xB1)"),
            ("BOM, then a doubled comma", [0xEF, 0xBB, 0xBF] + doubled, second + 3, "not valid JSON: unexpected ',' (expected a string key)"),
            ("garbage after", document + Array(" x".utf8), document.count + 1, "not valid JSON: unexpected 'x' after the document"),
            ("empty file", [], 0, "not valid JSON: unexpected end of input"),
        ]
    }

    @Test(arguments: damaged)
    func located(what: String, bytes: [UInt8], offset: Int, message: String) {
        #expect(throws: GazetteError(.malformedInput, message, file: "x.json", byteOffset: offset), "\(what)") {
            _ = try Self.read(bytes)
        }
    }

    /// A leading UTF-8 byte-order mark was read before this change and still is.
    @Test func aByteOrderMarkIsSkipped() throws {
        let plain = try Self.read(Self.document)
        #expect(try Self.read([0xEF, 0xBB, 0xBF] + Self.document) == plain)
    }

    /// Valid JSON that is not a valid document keeps its path message, with no offset.
    @Test func aMissingKeyHasNoOffset() {
        var object = DocumentConstraintsTests.valid()
        object["blocks"] = nil
        let bytes = [UInt8](try! JSONSerialization.data(withJSONObject: object))
        #expect(throws: GazetteError(.malformedInput, #"not a valid Gazette JSON document: missing key "blocks""#, file: "x.json")) {
            _ = try Self.read(bytes)
        }
    }
}
