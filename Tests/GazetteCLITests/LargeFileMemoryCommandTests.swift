import Foundation
import Testing
import TestSupport

/// Memory stays bounded whatever a file's size (issue 6: the archive commands stay under 50 MB):
/// the built binary run on an 80 MB incompressible attachment, its own peak RSS measured.
/// Before streaming, build held the file about four times (~330 MB here), show twice (~170 MB),
/// and convert read it whole only to refuse it for its first four bytes.
@Suite("gazette: a large file is streamed by archive build and show, refused early by convert (end to end)", .enabled(if: PeakMemory.available, "no GNU time to measure with"))
struct LargeFileMemoryCommandTests {
    /// The attachment's size: far above the 32 MiB past which a file is streamed, far below what
    /// the bound allows held even once.
    static let size = 80_000_000
    /// The archive commands' promise (README), in KiB.
    static let boundKB = 50 * 1024

    /// A folder `in/` holding `attachments.zip`: a ZIP signature then random bytes.
    static func inputs() throws -> TemporaryDirectory {
        let root = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: root.path("in"), withIntermediateDirectories: true)
        let made = try CommandRunner.shell("{ printf 'PK\\003\\004'; head -c \(size) /dev/urandom; } > in/attachments.zip", in: root.url)
        #expect(made.status == 0, "\(made.err)")
        return root
    }

    /// The SHA-256 of a file, as `sha256sum` gives it.
    static func sha256(_ file: URL) throws -> String {
        String(try CommandRunner.shell("sha256sum '\(file.path)'").out.prefix(64))
    }

    @Test func buildKeepsTheAttachmentWithinTheBound() throws {
        let root = try Self.inputs()
        defer { root.remove() }
        let run = try PeakMemory.run(CommandRunner.gazette, ["archive", "build", root.path("in").path, "-o", root.path("b").path, "-q"])
        #expect(run.peakKB < Self.boundKB, "archive build of an \(Self.size / 1_000_000) MB file peaked at \(run.peakKB) KB")
        let verify = try CommandRunner.gazette(["archive", "verify", root.path("b/gazette-unknown.tar.gz").path])
        #expect(verify.status == 0, "\(verify.out)\(verify.err)")
    }

    @Test func showPrintsTheAttachmentWithinTheBound() throws {
        let root = try Self.inputs()
        defer { root.remove() }
        let build = try CommandRunner.gazette(["archive", "build", root.path("in").path, "-o", root.path("b").path, "-q"])
        let bundle = root.path("b/gazette-unknown.tar.gz").path
        #expect(FileManager.default.fileExists(atPath: bundle), "\(build.err)")
        let id = String(try Self.sha256(root.path("in/attachments.zip")).prefix(16))
        let run = try PeakMemory.run(CommandRunner.gazette, ["archive", "show", bundle, id, "--as", "original"], stdout: root.path("out.zip"))
        #expect(run.status == 0)
        #expect(run.peakKB < Self.boundKB, "archive show of an \(Self.size / 1_000_000) MB member peaked at \(run.peakKB) KB")
        #expect(try Self.sha256(root.path("out.zip")) == Self.sha256(root.path("in/attachments.zip")))
    }

    @Test func convertRefusesTheAttachmentWithoutReadingItWhole() throws {
        let root = try Self.inputs()
        defer { root.remove() }
        let file = root.path("in/attachments.zip").path
        let run = try PeakMemory.run(CommandRunner.gazette, ["convert", file])
        #expect(run.peakKB < Self.boundKB, "convert of an \(Self.size / 1_000_000) MB ZIP peaked at \(run.peakKB) KB")
        let refusal = try CommandRunner.gazette(["convert", file])
        #expect(run.status == refusal.status && refusal.status != 0)
        #expect(refusal.err.contains("binary input: ZIP archive (or DOCX/XLSX) signature"), "\(refusal.err)")
    }
}
