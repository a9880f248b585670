import Foundation
import Testing
import TestSupport

/// A bundle with zero bytes appended (transfer or tape padding) met by the built binary: list,
/// show and extract read it and say on stderr, in one line naming the bundle, what they skipped
/// (they exited 2 with "no gzip signature", found by black-box testing).
@Suite("gazette archive on a bundle with trailing zero padding (end to end)")
struct PaddedBundleCommandTests {
    @Test func listShowAndExtractSkipThePaddingWithAWarning() throws {
        let (root, bundle, id) = try ArchiveDamageCommandTests.built()
        defer { root.remove() }
        let padded = root.path("padded.tar.gz")
        try Data(try Data(contentsOf: URL(fileURLWithPath: bundle)) + Data(count: 512)).write(to: padded)
        let warning = "gazette: warning: \(padded.path): 512 zero bytes after the footer (padding added in transfer?) skipped; gazette archive verify reports it\n"
        let runs = [["archive", "list", padded.path], ["archive", "show", padded.path, id],
                    ["archive", "extract", padded.path, "-o", root.path("out").path]]
        for arguments in runs {
            let run = try CommandRunner.gazette(arguments)
            #expect(run.status == 0, "\(arguments[1]): \(run.status) \(run.err)")
            #expect(run.err == warning, "\(arguments[1]): \(run.err)")
            #expect(!run.stdout.isEmpty, "\(arguments[1])")
        }
        let verify = try CommandRunner.gazette(["archive", "verify", padded.path])
        #expect(verify.status == 2, "\(verify.out)")
        #expect(verify.out.contains("512 zero bytes follow the footer"), "\(verify.out)")
    }
}
