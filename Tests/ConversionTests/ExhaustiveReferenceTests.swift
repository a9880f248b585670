import Conversion
import Foundation
import Testing
import TestSupport

/// Every two-byte code (and every BMP four-byte GB18030 code) against the references.
@Suite("Exhaustive comparison with reference decoders")
struct ExhaustiveReferenceTests {
    /// encoding_rs's exhaustive decode references (Debian librust-encoding-rs-dev), when installed.
    static let encodingRsTestData: URL? = {
        let registry = "/usr/share/cargo/registry"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: registry)) ?? []
        guard let name = names.filter({ $0.hasPrefix("encoding_rs-") }).sorted().last else { return nil }
        return URL(fileURLWithPath: "\(registry)/\(name)/src/test_data")
    }()

    /// GB18030-2022 (WHATWG PR #336) entries, which encoding_rs 0.8.31 still maps to the PUA.
    static let gb18030Changes: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{E78D}": "\u{FE10}", "\u{E78E}": "\u{FE12}", "\u{E78F}": "\u{FE11}", "\u{E790}": "\u{FE13}",
        "\u{E791}": "\u{FE14}", "\u{E792}": "\u{FE15}", "\u{E793}": "\u{FE16}", "\u{E794}": "\u{FE17}",
        "\u{E795}": "\u{FE18}", "\u{E796}": "\u{FE19}", "\u{E81E}": "\u{9FB4}", "\u{E826}": "\u{9FB5}",
        "\u{E82B}": "\u{9FB6}", "\u{E82C}": "\u{9FB7}", "\u{E832}": "\u{9FB8}", "\u{E843}": "\u{9FB9}",
        "\u{E854}": "\u{9FBA}", "\u{E864}": "\u{9FBB}",
    ]

    @Test(.enabled(if: encodingRsTestData != nil), arguments: ["gb18030", "big5"])
    func matchesEncodingRsReference(name: String) throws {
        let directory = try #require(Self.encodingRsTestData)
        let input = try Fixtures.bytes(directory.appendingPathComponent("\(name)_in.txt"))
        let reference = String(decoding: try Fixtures.bytes(directory.appendingPathComponent("\(name)_in_ref.txt")), as: UTF8.self)
        let decoded = (name == "big5" ? TextEncoding.big5 : .gb18030).decode(input)
        var expected = String.UnicodeScalarView()
        for scalar in reference.unicodeScalars { expected.append(name == "big5" ? scalar : Self.gb18030Changes[scalar] ?? scalar) }
        #expect(decoded.text == String(expected))
    }

    /// All 23940 two-byte codes, one per line, against `iconv -f GB18030`: the differences found
    /// are exactly the documented ones.
    @Test(.enabled(if: ReferenceConverter.hasIconv))
    func everyTwoByteGB18030CodeMatchesGlibc() throws {
        var bytes: [UInt8] = []
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                bytes += [lead, trail, 0x0A]
            }
        }
        let decoded = TextEncoding.gb18030.decode(bytes)
        #expect(decoded.problems.isEmpty)
        let reference = try #require(try ReferenceConverter.iconv(bytes, from: "GB18030"))
        let ours = Array(decoded.text.unicodeScalars), theirs = Array(reference.unicodeScalars)
        try #require(ours.count == theirs.count)
        let found = Set(zip(ours, theirs).filter { $0 != $1 }.map { ReferenceDifferences.ScalarPair($0, $1) })
        #expect(found == ReferenceDifferences.gb18030Glibc)
    }

    /// Every four-byte code of the BMP ranges (pointers 0-39419), one per line: glibc agrees but
    /// for the 18 codes it rejects since GB18030-2022.
    @Test(.enabled(if: ReferenceConverter.hasIconv))
    func everyBMPFourByteGB18030CodeMatchesGlibc() throws {
        var bytes: [UInt8] = []
        for pointer in 0...39419 {
            bytes += [
                UInt8(0x81 + pointer / 12600), UInt8(0x30 + pointer / 1260 % 10),
                UInt8(0x81 + pointer / 10 % 126), UInt8(0x30 + pointer % 10), 0x0A,
            ]
        }
        let decoded = TextEncoding.gb18030.decode(bytes)
        #expect(decoded.problems.isEmpty)
        let reference = try #require(try ReferenceConverter.iconv(bytes, from: "GB18030", skipInvalid: true))
        let ours = decoded.text.split(separator: "\n", omittingEmptySubsequences: false)
        let theirs = reference.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(ours.count == theirs.count)
        let rejected = zip(ours, theirs).filter { $0 != $1 }
        let expected = (0xFE10...0xFE19).map { String(Unicode.Scalar($0)!) } + (0x9FB4...0x9FBB).map { String(Unicode.Scalar($0)!) }
        #expect(rejected.allSatisfy { $0.1.isEmpty })
        #expect(Set(rejected.map { String($0.0) }) == Set(expected))
    }
}
