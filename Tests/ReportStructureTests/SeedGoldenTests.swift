import Foundation
import ReportStructure
import Testing
import TestSupport

/// The five seed reports against hand-reviewed tree dumps (`GAZETTE_RECORD=1` re-records), and
/// every shared seed and corpus text through the nothing-lost check.
@Suite("Seeds: golden tree dumps, nothing lost on seeds and corpus", .enabled(if: Fixtures.hasCorpus))
struct SeedGoldenTests {
    static let goldenDirectory = Fixtures.directory().appendingPathComponent("golden")

    @Test(arguments: Structured.seedFiles)
    func seedMatchesGolden(_ seed: URL) throws {
        let text = try Structured.sharedText(seed)
        let dump = Structured.report(text).treeDump()
        let name = String(seed.lastPathComponent.prefix(3)) + ".tree.txt"
        let golden = Self.goldenDirectory.appendingPathComponent(name)
        if Fixtures.recording {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try dump.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(dump == expected, "tree dump of \(seed.lastPathComponent) differs from \(name); GAZETTE_RECORD=1 re-records")
    }

    @Test func allFiveSeedsArePresent() {
        #expect(Structured.seedFiles.count == 5)
    }

    @Test(arguments: Fixtures.corpusFiles())
    func corpusFileLosesNothing(_ file: URL) throws {
        let text = try Structured.sharedText(file)
        let report = ReportStructurer().structure(text: text)
        let difference = ContentAccounting.unaccounted(source: text, report: report)
        #expect(difference.isEmpty, "\(file.lastPathComponent): \(difference)")
    }
}

/// Writes tree dumps of the shared text files to `GAZETTE_DUMP_DIR` for review (no assertions).
@Suite("Review dumps", .enabled(if: Fixtures.hasCorpus && ProcessInfo.processInfo.environment["GAZETTE_DUMP_DIR"] != nil))
struct ReviewDumps {
    @Test func writeDumps() throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["GAZETTE_DUMP_DIR"] ?? "/tmp")
        for file in Fixtures.corpusFiles(["txt"]) {
            let dump = ReportStructurer().structure(text: try Structured.sharedText(file)).treeDump()
            try dump.write(to: directory.appendingPathComponent(file.lastPathComponent + ".tree.txt"), atomically: true, encoding: .utf8)
        }
    }
}
