import Conversion
import DocumentModel
import Foundation
import Testing
import TestSupport
import TextPlugin

@Suite("Text readers: line ends, BOMs, empty and binary input, strict mode")
struct TextReaderTests {
    let registry = FormatRegistry(readers: [PlainTextReader(), GBKTextReader(), Big5TextReader()], writers: [])

    func read(_ bytes: [UInt8], name: String = "t.txt", strict: Bool = false) throws -> Document {
        try registry.read(ReaderInput(bytes: bytes, name: SourceName(name)), options: ReadOptions(strict: strict), file: name).document
    }

    func texts(_ document: Document) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let text): [text]
            case .heading(let heading): [(heading.numbering ?? "") + heading.text]
            case .list(let items): items
            case .table(let table): table.rows.flatMap { $0.map(\.text) }
            }
        }
    }

    @Test func crlfAndLoneCRBecomeLineBreaks() throws {
        let crlf = try read(Array("第一段\r\n\r\n第二段\r第三段\r\n".utf8))
        let lf = try read(Array("第一段\n\n第二段\n第三段\n".utf8))
        #expect(crlf.blocks == lf.blocks)
        #expect(!texts(crlf).joined().contains("\r"))
    }

    /// Old DOS editors ended a file with Ctrl-Z; it is set aside, not made a paragraph.
    @Test(arguments: ["\u{1A}", "\r\n\u{1A}", "\r\n\u{1A}\u{1A}\r\n"])
    func dosEndOfFileMarkIsSetAside(ending: String) throws {
        let plain = try read(Array("一、总体情况\r\n全年主动公开政府信息1234条。\r\n".utf8))
        let marked = try read(Array(("一、总体情况\r\n全年主动公开政府信息1234条。" + ending).utf8))
        #expect(marked.blocks == plain.blocks)
        let count = ending.unicodeScalars.count { $0 == "\u{1A}" }
        #expect(marked.provenance.setAside == [SetAsideLine(String(repeating: "\u{1A}", count: count), reason: "DOS end-of-file mark (0x1A)")])
    }

    /// The sniff sample is the first 64 KiB; past an ASCII preamble longer than that, the
    /// encoding is decided on the text after it, not taken for UTF-8 because the sample was ASCII.
    @Test(arguments: [70_000, 200_000])
    func legacyTextAfterALongASCIIPreambleIsDetected(preamble: Int) throws {
        let gb18030: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xC7, 0xE9, 0xBF, 0xF6, 0x0A]  // 一、总体情况
        let body = Array(repeating: gb18030, count: 50).joined()
        let document = try read(Array(repeating: UInt8(ascii: "a"), count: preamble) + [0x0A] + body)
        #expect(document.provenance.encoding == "gb18030")
        #expect(document.provenance.reader.name == "GBKTextReader")
        #expect(!texts(document).joined().contains("\u{FFFD}"))
    }

    @Test func utf8BOMIsSkippedAndNamedAsEvidence() throws {
        let document = try read([0xEF, 0xBB, 0xBF] + Array("政府信息公开".utf8))
        #expect(document.provenance.encoding == "UTF-8")
        #expect(document.provenance.evidence == "BOM")
        #expect(document.provenance.confidence == 1)
        #expect(texts(document) == ["政府信息公开"])
    }

    @Test(arguments: [(TextEncoding.utf16LE, [UInt8(0xFF), 0xFE]), (.utf16BE, [0xFE, 0xFF])])
    func utf16WithBOM(encoding: TextEncoding, bom: [UInt8]) throws {
        let units = Array("年度报告\n二〇一九 😀".utf16)
        let bytes = bom + units.flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            return encoding == .utf16LE ? [low, high] : [high, low]
        }
        let document = try read(bytes)
        #expect(document.provenance.encoding == encoding.rawValue)
        #expect(texts(document).joined(separator: "\n") == "年度报告\n二〇一九 😀")
        #expect(document.provenance.diagnostics.isEmpty)
    }

    @Test func emptyFileGivesAnEmptyValidDocument() throws {
        let document = try read([])
        #expect(document.blocks.isEmpty)
        #expect(document.provenance.byteCount == 0)
        #expect(document.provenance.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(document.provenance.diagnostics.map(\.message) == ["the file is empty (0 bytes); the document is empty"])
        #expect(document.provenance.diagnostics.first?.severity == .warning)
    }

    /// A failed download or a blanked file says so, as an empty portal page does.
    @Test(arguments: [(" \n\r\n\u{3000}\t", "only white space"), ("版权所有：某某县人民政府\n", "every line was set aside")])
    func aDocumentWithoutBodyTextSaysWhy(text: String, reason: String) throws {
        let document = try read(Array(text.utf8))
        #expect(document.blocks.isEmpty)
        #expect(document.provenance.diagnostics.contains { $0.severity == .warning && $0.message.contains(reason) })
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "PNG"),
        (Array("%PDF-1.4\n".utf8), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0], "ZIP"),
        (Array("text\u{0}more".utf8), "NUL"),
    ] as [([UInt8], String)])
    func binaryInputIsRefusedNamingTheFile(bytes: [UInt8], kind: String) {
        #expect {
            try read(bytes, name: "scan.txt")
        } throws: { error in
            guard let error = error as? GazetteError else { return false }
            return error.code == .binaryInput && error.file == "scan.txt" && error.message.contains(kind)
        }
    }

    @Test func strictModeFailsWithFileAndOffset() throws {
        let bytes = Array("有效的文字 valid ".utf8) + [0xFF] + Array(" 其后".utf8)
        let lenient = try read(bytes)
        #expect(lenient.provenance.diagnostics.contains { $0.byteOffset == 22 && $0.severity == .warning })
        #expect(texts(lenient).joined().contains("\u{FFFD}"))
        #expect {
            try read(bytes, name: "bad.txt", strict: true)
        } throws: { error in
            let error = error as? GazetteError
            return error?.code == .invalidEncoding && error?.file == "bad.txt" && error?.byteOffset == 22
        }
    }

    @Test func readerErrorsNameTheFileAsTheCallerKnowsIt() throws {
        let bytes = Array("有效的文字".utf8) + [0xFF]
        let input = ReaderInput(bytes: bytes, name: SourceName("bad.txt"))
        #expect {
            try registry.read(input, options: ReadOptions(strict: true), file: "reports/2019/bad.txt")
        } throws: { error in
            (error as? GazetteError)?.file == "reports/2019/bad.txt"
        }
    }

    @Test func gbkFileNameIsKeptExactly() throws {
        let nameBytes: [UInt8] = [0xC4, 0xEA, 0xB1, 0xA8, 0x2E, 0x74, 0x78, 0x74]  // 年报.txt in GBK
        let input = ReaderInput(bytes: Array("报告".utf8), name: SourceName(bytes: nameBytes))
        let document = try registry.read(input, file: "x").document
        #expect(document.provenance.sourceNameHex == "c4eab1a82e747874")
        #expect(!document.provenance.sourceName.isEmpty)
    }

    @Test func provenanceRecordsSizeDigestAndReader() throws {
        let bytes = Array("一、总体情况\n".utf8)
        let document = try read(bytes)
        #expect(document.provenance.byteCount == bytes.count)
        #expect(document.provenance.sha256 == SHA256Hex.digest(bytes))
        #expect(document.provenance.reader.name == "PlainTextReader")
        #expect(document.provenance.format == "text")
    }
}
