import Conversion
import Foundation
import Testing
import TestSupport

/// Detection and decoding of every file in the shared corpus (third-party files, read in place).
@Suite("Encodings of the shared corpus", .enabled(if: Fixtures.hasCorpus))
struct CorpusEncodingTests {
    /// What `EncodingDetector.detect(bytes)` must answer per file (statistics only, no declaration):
    /// see ../shared/corpus/README.md. nil: not recognizable (EUC-TW), low confidence required.
    static let expected: [String: TextEncoding?] = {
        var table: [String: TextEncoding?] = [:]
        for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 20, 28, 29, 30, 31, 32] { table[name(n)] = .gb18030 }
        for n in 15...18 { table[name(n)] = .big5 }
        for n in 21...23 { table[name(n)] = .utf8 }
        table[name(19)] = .some(nil)
        return table
    }()

    static func name(_ number: Int) -> String {
        let stem = String(format: "%03d", number)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path)) ?? []
        return names.first { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".source.txt") } ?? stem
    }

    static var files: [String] { Fixtures.corpusFiles().map(\.lastPathComponent) }

    @Test(arguments: files)
    func detectsTheEncoding(file: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.corpus.appendingPathComponent(file))
        let decision = EncodingDetector.detect(bytes[...])
        let expectation = try #require(Self.expected[file], "corpus file \(file) has no expectation: add it")
        if let encoding = expectation {
            #expect(decision.encoding == encoding, "\(decision.evidence)")
            #expect(decision.confidence >= 0.6, "\(decision.evidence)")
            #expect(decision.notes.isEmpty, "\(decision.notes)")
        } else {
            #expect(decision.confidence <= 0.3, "\(decision.evidence)")
            #expect(decision.notes.contains { $0.contains("do not look like") }, "\(decision.notes)")
        }
    }

    static var gbFiles: [String] { files.filter { Self.expected[$0] == .some(.gb18030) } }

    /// Byte for byte what glibc makes of it, except the codes where glibc and WHATWG differ on purpose.
    @Test(.enabled(if: ReferenceConverter.hasIconv), arguments: gbFiles)
    func gb18030MatchesIconv(file: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.corpus.appendingPathComponent(file))
        let decoded = TextEncoding.gb18030.decode(bytes)
        #expect(decoded.problems.isEmpty, "\(decoded.problems.prefix(3))")
        let reference = try #require(try ReferenceConverter.iconv(bytes, from: "GB18030"))
        #expect(ReferenceDifferences.unexplained(decoded.text, reference, allowed: ReferenceDifferences.gb18030Glibc) == [])
    }

    static var big5Files: [String] { files.filter { Self.expected[$0] == .some(.big5) } }

    /// Scalar for scalar what Python's big5hkscs codec makes of it, but for the documented differences.
    @Test(.enabled(if: ReferenceConverter.hasPython), arguments: big5Files)
    func big5MatchesPython(file: String) throws {
        let url = Fixtures.corpus.appendingPathComponent(file)
        let decoded = TextEncoding.big5.decode(try Fixtures.bytes(url))
        #expect(decoded.problems.isEmpty, "\(decoded.problems.prefix(3))")
        let reference = try ReferenceConverter.python(decoding: url, codec: "big5hkscs")
        #expect(ReferenceDifferences.unexplained(decoded.text, reference, allowed: ReferenceDifferences.big5Python) == [])
    }

    /// The HTML and XML files that declare a charset: the declaration agrees with the bytes.
    static let declaredFiles: [(file: String, label: String)] = [
        ("001.html", "gb2312"), ("008.html", "gbk"), ("009.xml", "gb2312"), ("015.xml", "BIG5"),
    ]

    @Test(arguments: declaredFiles)
    func declarationIsKeptWhenTheBytesAgree(file: String, label: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.corpus.appendingPathComponent(file))
        let declared = DeclaredEncoding(encoding: try #require(TextEncoding(label: label)), label: label, source: "meta charset")
        let decision = EncodingDetector.detect(bytes[...], declared: declared)
        #expect(decision.encoding == declared.encoding)
        #expect(decision.evidence == "declaration (meta charset=\(label))")
        #expect(decision.confidence >= 0.9)
    }
}
