import Foundation
import Testing
import TestSupport

/// `archive build` says what the readers noticed, as `convert` does: a report archived with
/// undecodable bytes went in silence, with exit 0.
@Suite("archive build: the readers' warnings (end to end)")
struct BuildWarningsCommandTests {
    @Test func undecodableBytesAreSaidWithTheirOffsetAndQuietSilencesThem() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // 一、总体情况 in GBK, then a lead byte followed by a space: invalid at byte 12.
        try directory.write("src/2019/bad.txt", [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xC7, 0xE9, 0xBF, 0xF6, 0x81, 0x20, 0x0A])
        let built = try CommandRunner.gazette(["archive", "build", "src", "-o", "bundles"], in: directory.url)
        #expect(built.status == 0, "\(built.err)")
        #expect(built.err.contains("warning: src/2019/bad.txt: byte 12: invalid GB18030 sequence 0x81 0x20"), "\(built.err)")
        let quiet = try CommandRunner.gazette(["archive", "build", "src", "-o", "quiet", "-q"], in: directory.url)
        #expect(quiet.status == 0)
        #expect(!quiet.err.contains("bad.txt"), "\(quiet.err)")
    }
}
