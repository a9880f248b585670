@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

@Suite("index.json read document by document")
struct IndexScannerTests {
    static func document(_ n: Int) -> BundleDocument {
        let id = String(format: "%016x", n)
        let members = [BundleMember.Role.original, .json, .html].enumerated().map { role in
            BundleMember(role: role.element, path: "data/\(role.element.rawValue)/\(id).x", offset: n * 3 + role.offset,
                         compressedSize: 10, size: n, sha256: String(repeating: "ab", count: 32))
        }
        return BundleDocument(id: id, title: n % 7 == 0 ? nil : "报告 \"\(n)\" \\ [x] {y}", agency: "局", year: 2017,
                              originalName: "a,\(n).txt", originalNameHex: nil, sourcePath: "2017/a.txt", format: "text",
                              encoding: "gb18030", aliases: n % 5 == 0 ? [BundleAlias(originalName: "b", originalNameHex: "62", sourcePath: "b")] : [],
                              members: members)
    }

    static func index(count: Int) -> BundleIndex {
        let tag = BundleMember(role: .tag, path: "bagit.txt", offset: 0, compressedSize: 2, size: 3, sha256: "cd")
        return BundleIndex(bundle: "gazette-2017", year: 2017, toolVersion: "t", tagFiles: [tag], documents: (0..<count).map(document))
    }

    @Test func manyEntriesAreReadOneByOneInOrder() throws {
        let index = Self.index(count: 20_000)
        let scanner = try IndexScanner(try index.encoded())
        #expect(scanner.header.documents.isEmpty)
        #expect(scanner.header.tagFiles == index.tagFiles)
        var seen = 0
        try scanner.forEachDocument { document in
            #expect(document == index.documents[seen])
            seen += 1
            return true
        }
        #expect(seen == 20_000)
    }

    @Test func anyWhitespaceLayoutReadsTheSame() throws {
        let index = Self.index(count: 3)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        #expect(try BundleIndex.decode(Array(try encoder.encode(index))) == index)
        #expect(try BundleIndex.decode(Array(#"{"bundle":"b","documents":[ ],"format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#.utf8)).documents.isEmpty)
    }

    @Test(arguments: [
        #"{"bundle":"b","documents":[{"id":1}],"format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        #"{"bundle":"b","documents":[{"id":"x"} {"id":"y"}],"format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        #"{"bundle":"b","documents":["#,
        #"{"bundle":"b","format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        #"{"bundle":"b","documents":[],"format":"f","schema":"gazette.bundle-index/9","tagFiles":[],"tool":"g","toolVersion":"1"}"#,
        "[]", "",
    ])
    func malformedIndexesAreRefusedWithAnOffset(text: String) {
        #expect(throws: IndexScanner.Malformed.self) {
            let scanner = try IndexScanner(Array(text.utf8))
            try scanner.forEachDocument { _ in true }
        }
    }

    @Test func theErrorPointsAtTheOffendingByte() throws {
        let document = String(decoding: try JSONEncoder().encode(Self.document(1)), as: UTF8.self)
        let head = #"{"bundle":"b","documents":["#
        let text = head + document + " " + document + #"],"format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#
        var read = 0
        let error = #expect(throws: IndexScanner.Malformed.self) {
            try IndexScanner(Array(text.utf8)).forEachDocument { _ in read += 1; return true }
        }
        #expect(read == 1)
        #expect(error?.offset == head.utf8.count + document.utf8.count + 1)
    }
}
