@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

@Suite("index.json read back from a scratch file through a bounded window")
struct IndexBytesTests {
    /// The index's bytes in an anonymous scratch file.
    static func spooled(_ bytes: [UInt8]) throws -> ScratchFile {
        let file = try ScratchFile.anonymous("index-test")
        try file.append(bytes)
        try file.flush()
        return file
    }

    /// The outcome of scanning every document: the header's tag files and the documents, or the error.
    static func scan(_ bytes: IndexBytes) -> Result<[BundleDocument], IndexScanner.Malformed> {
        Result { () throws(IndexScanner.Malformed) in try IndexScanner(bytes).documents() }
    }

    @Test func anElementSplitAtEveryPositionReadsTheSame() throws {
        let index = IndexScannerTests.index(count: 3)
        let bytes = try index.encoded()
        let file = try Self.spooled(bytes)
        // The scan's first load starts at byte 0, so a window of `split` bytes ends at `split`:
        // every position of the index, inside keys, strings, escapes and elements, is a boundary once.
        for split in 1...bytes.count {
            let scanner = try IndexScanner(IndexBytes(file: file, windowSize: split))
            #expect(scanner.header.tagFiles == index.tagFiles)
            #expect(try scanner.documents() == index.documents, "window of \(split) bytes")
        }
    }

    @Test(arguments: [
        #"{"bundle":"b","documents":[{"id":1}],"format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        #"{"bundle":"b","documents":[{"id":"x"} {"id":"y"}],"format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        #"{"bundle":"b","documents":[{"id":"x","t":"a\u0001"}],"format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        #"{"bundle":"b","documents":[{"id":"x"}"#,
        #"{"bundle":"b","documents":["#,
        #"{"bundle":"b","format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        #"{"bundle":"b","documents":[],"format":"f","schema":"gazette.bundle-index/9","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        "[]", "",
    ])
    func aMalformedIndexIsReportedAtTheSameByte(text: String) throws {
        let bytes = Array(text.utf8)
        guard case .failure(let expected) = Self.scan(IndexBytes(bytes)) else {
            Issue.record("the index should be refused")
            return
        }
        let file = try Self.spooled(bytes)
        for split in [1, 2, 3, 7, 16, 29, 64, max(1, bytes.count)] {
            guard case .failure(let error) = Self.scan(IndexBytes(file: file, windowSize: split)) else {
                Issue.record("window of \(split) bytes: the index should be refused")
                continue
            }
            #expect(error == expected, "window of \(split) bytes")
        }
    }

    @Test func theErrorInALargeIndexPointsAtTheSameByte() throws {
        var text = Array(try IndexScannerTests.index(count: 300).encoded())
        let damaged = text.count / 2
        text[damaged] = 0x01  // a control character, inside a string or where a value should be
        guard case .failure(let expected) = Self.scan(IndexBytes(text)) else {
            Issue.record("the index should be refused")
            return
        }
        let file = try Self.spooled(text)
        for split in [1, 100, 4096, 65_536] {
            guard case .failure(let error) = Self.scan(IndexBytes(file: file, windowSize: split)) else {
                Issue.record("window of \(split) bytes: the index should be refused")
                continue
            }
            #expect(error == expected)
        }
    }

    @Test func checkedIndexReadsTitlesAndNamesBack() throws {
        let index = IndexScannerTests.index(count: 50)
        let checked = try CheckedIndex(try index.encoded())
        #expect(checked.documents.count == 50)
        for (document, original) in zip(checked.documents, index.documents) {
            #expect(document.id == original.id)
            #expect(document.members.map(\.path) == original.members.map(\.path))
            let names = checked.names(of: document)
            #expect(names?.title == original.title)
            #expect(names?.originalName == original.originalName)
        }
    }

    /// An id no report can name (the verify report's schema wants 16 lowercase hex digits) makes
    /// the index malformed, with the element's offset and the id.
    @Test func anIdThatIsNotSixteenHexDigitsIsRefused() throws {
        var index = IndexScannerTests.index(count: 2)
        index.documents[1].id = "Not-An-Id"
        let bytes = try index.encoded()
        let error = try #require(throws: IndexScanner.Malformed.self) { _ = try CheckedIndex(bytes) }
        #expect(error.reason == "document 1: its id 'Not-An-Id' is not 16 lowercase hex digits")
        #expect(Array(bytes[error.offset...].prefix(1)) == Array("{".utf8))
    }
}
