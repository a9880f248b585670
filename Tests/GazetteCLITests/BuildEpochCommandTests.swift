import Foundation
import Testing
import TestSupport

/// `archive build` reads SOURCE_DATE_EPOCH for every entry's time and the Bagging-Date: a value
/// that is malformed, negative or past what a ustar header holds is refused (exit 64), never
/// written into headers that tar and Python's tarfile reject, nor read as 0 in silence.
@Suite("archive build: SOURCE_DATE_EPOCH")
struct BuildEpochCommandTests {
    static func build(epoch: String, into root: TemporaryDirectory) throws -> CommandRunner.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = epoch
        let source = Fixtures.originals.appendingPathComponent("2014").path
        return try CommandRunner.run(CommandRunner.gazette, ["archive", "build", source, "-o", root.path("out").path, "-q"], environment: environment)
    }

    @Test(arguments: ["-1", "-86400", "abc", "1.5", " 1700000000", "1700000000x", "99999999999", "8589934592", "0x10"])
    func aValueATarHeaderCannotHoldIsRefused(epoch: String) throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let result = try Self.build(epoch: epoch, into: root)
        #expect(result.status == 64, "\(result.err)")
        #expect(result.err.contains("SOURCE_DATE_EPOCH must be whole seconds from 0 to 8589934591, not '\(epoch)'"), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: root.path("out").path), "nothing is written")
    }

    @Test(arguments: [("", "1970-01-01"), ("0", "1970-01-01"), ("1700000000", "2023-11-14"), ("8589934591", "2242-03-16")])
    func aValidValueIsTheBaggingDate(epoch: String, date: String) throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let result = try Self.build(epoch: epoch, into: root)
        #expect(result.status == 0, "\(result.err)")
        let bag = try CommandRunner.shell("tar -xzOf '\(root.path("out/gazette-2014.tar.gz").path)' gazette-2014/bag-info.txt")
        #expect(bag.out.contains("Bagging-Date: \(date)\n"), "\(bag.out)")
    }
}
