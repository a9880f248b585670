@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// The plain-shape element reader against `JSONDecoder`, the reference: whatever the fast reader
/// takes must decode to the same value there, on real elements and on mutated ones.
@Suite("index elements read without JSONDecoder")
struct IndexElementDecoderTests {
    /// Every element of an index's `documents`, as bytes.
    static func elements(of index: [UInt8]) throws -> [[UInt8]] {
        let scanner = try IndexScanner(index)
        var elements: [[UInt8]] = []
        try scanner.forEachElement { _, range in
            elements.append(Array(index[range]))
            return true
        }
        return elements
    }

    static func reference(_ element: [UInt8]) -> BundleDocument? {
        try? JSONDecoder().decode(BundleDocument.self, from: Data(element))
    }

    /// Documents as gazette writes them, with every optional field both present and absent.
    static func documents() -> [BundleDocument] {
        (0..<60).map { n in
            var document = IndexScannerTests.document(n)
            if n % 7 != 0 { document.title = "政府信息公开年度报告 \(n)" }
            if n % 3 == 0 { document.agency = nil; document.year = nil; document.format = nil; document.encoding = nil }
            if n % 4 == 0 { document.conversionError = "binary input (PNG signature)"; document.members.removeLast(2) }
            if n % 6 == 0 { document.originalNameHex = "caafc7c5" }
            return document
        }
    }

    @Test func gazetteElementsReadLikeJSONDecoderAndTakeTheFastPath() throws {
        let index = IndexScannerTests.index(count: 0)
        let bytes = try BundleIndex(bundle: index.bundle, year: index.year, toolVersion: "t", tagFiles: index.tagFiles,
                                    documents: Self.documents()).encoded()
        let elements = try Self.elements(of: bytes)
        #expect(elements.count == 60)
        for (element, document) in zip(elements, Self.documents()) {
            let fast = IndexElementDecoder.document(element)
            #expect(fast == document)
            #expect(fast == Self.reference(element))
        }
    }

    @Test func aBuiltBundlesIndexReadsLikeJSONDecoder() throws {
        let fixture = try ArchiveFixture()
        try fixture.build()
        let bytes = try BundleReader(FilePath(fixture.bundle("gazette-2016.tar.gz").path)).indexBytes()
        let elements = try Self.elements(of: bytes)
        #expect(!elements.isEmpty)
        for element in elements {
            #expect(IndexElementDecoder.document(element) != nil)
            #expect(IndexElementDecoder.document(element) == Self.reference(element))
        }
    }

    @Test func escapesUnknownKeysAndOtherNumbersAreLeftToJSONDecoder() {
        let plain = #"{"id":"00000000000000aa","originalName":"a","sourcePath":"a","aliases":[],"members":[]}"#
        #expect(IndexElementDecoder.document(Array(plain.utf8)) != nil)
        for odd in [
            plain.replacingOccurrences(of: #""a","sourcePath""#, with: #""\u0061","sourcePath""#),
            plain.replacingOccurrences(of: #""aliases""#, with: #""extra":1,"aliases""#),
            plain.replacingOccurrences(of: #""id":"00000000000000aa""#, with: #""id":"00000000000000aa","id":"b""#),
            plain.replacingOccurrences(of: #""members":[]"#, with: #""members":[],"year":2019.0"#),
            plain.replacingOccurrences(of: #""members":[]"#, with: #""members":[],"year":02019"#),
            plain.replacingOccurrences(of: #","sourcePath":"a""#, with: ""),
        ] {
            #expect(IndexElementDecoder.document(Array(odd.utf8)) == nil, "\(odd)")
        }
    }

    @Test func mutatedElementsTheFastPathTakesDecodeTheSameInJSONDecoder() throws {
        let index = IndexScannerTests.index(count: 0)
        let bytes = try BundleIndex(bundle: index.bundle, year: index.year, toolVersion: "t", tagFiles: index.tagFiles,
                                    documents: Self.documents()).encoded()
        let elements = try Self.elements(of: bytes)
        let alphabet = Array(#"{}[]":,\ 0123456789-.enul"#.utf8) + [0x0A, 0x00, 0xE4, 0xFF, UInt8(ascii: "a")]
        var generator = SystemRandomNumberGenerator()
        var taken = 0
        for round in 0..<6_000 {
            var element = elements[round % elements.count]
            let position = Int.random(in: 0..<element.count, using: &generator)
            switch round % 3 {
            case 0: element[position] = alphabet.randomElement(using: &generator)!
            case 1: element.remove(at: position)
            default: element.insert(alphabet.randomElement(using: &generator)!, at: position)
            }
            guard let fast = IndexElementDecoder.document(element) else { continue }
            taken += 1
            #expect(fast == Self.reference(element), "\(String(decoding: element, as: UTF8.self))")
        }
        // Most single-byte changes inside a string keep the element plain: the comparison above ran.
        #expect(taken > 500)
    }
}
