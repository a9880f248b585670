import Conversion
import Foundation
import Testing
import TestSupport

/// `gazette sniff` reads a bounded prefix: the bytes, whether they are the whole file, and an
/// encoding decision that does not take the prefix's end for the input's end.
@Suite("Reading a file's prefix")
struct PrefixReadTests {
    /// (file length, the most asked, bytes expected, whole expected).
    @Test(arguments: [(0, 10, 0, true), (9, 10, 9, true), (10, 10, 10, true), (11, 10, 10, false), (100_000, 4096, 4096, false)])
    func prefix(length: Int, maximum: Int, expected: Int, whole: Bool) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let content = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let file = try directory.write("f.bin", content)
        let read = try FileIO.readPrefix(FilePath(file.path), maximumLength: maximum)
        #expect(read.bytes == Array(content.prefix(expected)))
        #expect(read.isWhole == whole)
    }

    @Test func directoriesAndMissingFilesAreRefusedAsByRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: GazetteError(.unreadable, "not a regular file", file: directory.url.path)) {
            _ = try FileIO.readPrefix(FilePath(directory.url.path), maximumLength: 10)
        }
        let missing = directory.path("nope").path
        #expect(throws: GazetteError(.notFound, "no such file", file: missing)) {
            _ = try FileIO.readPrefix(FilePath(missing), maximumLength: 10)
        }
    }

    /// A prefix cut inside a UTF-8 character is still valid UTF-8 text, not text with an error.
    @Test func aCharacterCutByThePrefixIsNotAnError() {
        let text = Array(String(repeating: "政府信息公开年度报告", count: 20).utf8)
        let cut = Array(text.prefix(text.count - 1))
        let prefix = ReaderInput(bytes: cut, name: SourceName("a.txt"), isWhole: false)
        #expect(prefix.encodingDecision.encoding == .utf8)
        #expect(prefix.encodingDecision.evidence.hasPrefix("statistics (valid UTF-8"), "\(prefix.encodingDecision)")
        #expect(prefix.sample.isComplete == false)
        let whole = ReaderInput(bytes: cut, name: SourceName("a.txt"))
        #expect(!whole.encodingDecision.evidence.hasPrefix("statistics (valid UTF-8"), "\(whole.encodingDecision)")
    }
}
