@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// An index whose numbers are near or past the 64-bit limits, or whose id is not an id: every
/// reader refuses it as malformed (naming the field), none traps.
@Suite("Index numbers out of range and bad ids are malformed, never a trap")
struct IndexLimitsTests {
    /// One value of the first document's element, changed in the index's text.
    enum Edit: String, CaseIterable, CustomTestStringConvertible {
        case offsetIntMax, offsetUInt64Max, offset2To62, offsetNegative, compressedSizeIntMax, sizeIntMax, sizeIntMaxPlusOne
        case year20Digits, idNotHex
        var testDescription: String { rawValue }

        /// The key changed and its new value, as JSON text.
        var change: (key: String, value: String) {
            switch self {
            case .offsetIntMax: ("offset", "9223372036854775807")
            case .offsetUInt64Max: ("offset", "18446744073709551615")
            case .offset2To62: ("offset", "4611686018427387904")
            case .offsetNegative: ("offset", "-1")
            case .compressedSizeIntMax: ("compressedSize", "9223372036854775807")
            case .sizeIntMax: ("size", "9223372036854775807")
            case .sizeIntMaxPlusOne: ("size", "9223372036854775808")
            case .year20Digits: ("year", "99999999999999999999")
            case .idNotHex: ("id", #""zz""#)
            }
        }

        /// What the malformed-index message must say (JSONDecoder's own words for a number no Int holds).
        var reason: String {
            switch self {
            case .offsetUInt64Max, .sizeIntMaxPlusOne, .year20Digits: "document 0 does not decode"
            case .idNotHex: "document 0: its id 'zz' is not 16 lowercase hex digits"
            default: "document 0: its original member's \(change.key) \(change.value) is outside 0 to 9007199254740991"
            }
        }
    }

    /// Replaces the value of the first `"key":` after the documents array opens (the first
    /// document's; its original member comes first among its members).
    static func edited(_ text: String, _ edit: Edit) throws -> String {
        let documents = try #require(text.range(of: #""documents":["#))
        let key = try #require(text.range(of: "\"\(edit.change.key)\":", range: documents.upperBound..<text.endIndex))
        let end = try #require(text[key.upperBound...].firstIndex(where: { $0 == "," || $0 == "}" }))
        return text.replacingCharacters(in: key.upperBound..<end, with: edit.change.value)
    }

    static func bundle(_ edit: Edit, in fixture: ArchiveFixture) throws -> URL {
        try fixture.build(year: 2020)
        let target = fixture.path("edited-\(edit).tar.gz")
        try HostileBundle.rewritingIndex(of: fixture.bundle("gazette-2020.tar.gz"), to: target) { try! edited($0, edit) }
        return target
    }

    @Test(arguments: Edit.allCases)
    func verifyReportsTheIndexAsMalformed(_ edit: Edit) throws {
        let fixture = try ArchiveFixture()
        let url = try Self.bundle(edit, in: fixture)
        let report = try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(url.path))
        #expect(!report.ok)
        let malformed = report.problems.first { $0.message.hasPrefix("index.json is malformed at byte ") }
        #expect(malformed?.message.contains(edit.reason) == true, "\(edit): \(report.problems.map(\.message))")
        // The documents are then named from the manifest: every id is one (the report's schema).
        #expect(report.documents.count == 4)
        #expect(report.documents.allSatisfy { LowerHex64.value($0.id) != nil }, "\(report.documents.map(\.id))")
    }

    @Test(arguments: Edit.allCases)
    func listAndExtractRefuseTheIndex(_ edit: Edit) throws {
        let fixture = try ArchiveFixture()
        let url = try Self.bundle(edit, in: fixture)
        let list = try #require(throws: GazetteError.self) { try BundleReader(FilePath(url.path)).forEachIndexedDocument { _ in } }
        #expect(list.code == .bundleDamaged)
        #expect(list.message.contains(edit.reason), "\(edit): \(list)")
        let target = fixture.path("out-\(edit)")
        let extract = try #require(throws: GazetteError.self) { _ = try BundleExtractor().extract(FilePath(url.path), into: FilePath(target.path)) }
        #expect(extract.code == .bundleDamaged)
        #expect(extract.message.contains(edit.reason), "\(edit): \(extract)")
    }

    /// The fast element decoder stops reading digits it will refuse, so a 20-digit number cannot overflow it.
    @Test func theElementDecoderRefusesLongNumbersWithoutOverflow() {
        let element = Array(#"{"aliases":[],"id":"00000000000000aa","members":[],"originalName":"a","sourcePath":"a","year":99999999999999999999}"#.utf8)
        #expect(IndexElementDecoder.document(element) == nil)
        #expect(IndexElementDecoder.document(Array(String(decoding: element, as: UTF8.self).replacingOccurrences(of: "99999999999999999999", with: "2020").utf8))?.year == 2020)
    }

    @Test func clampedSumsStopAtTheLimits() {
        #expect(Int.max.addingClamped(1) == .max)
        #expect(Int.min.addingClamped(-1) == .min)
        #expect(40.addingClamped(2) == 42)
    }
}
