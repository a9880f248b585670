import ArchivePlugin
import ArgumentParser
import Conversion
import Foundation

/// `gazette archive verify`: checks bundles end to end and names every damaged document.
struct ArchiveVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check bundles: every CRC, every SHA-256 against both manifests and the index, missing and extra entries.",
        discussion: "Exit status 0 only when every bundle is intact; 2 when any is damaged; else 66 when one could not be opened (the others are still verified). With no BUNDLE, verifies Archive/bundles/*.tar.gz.")

    @Argument(help: "Bundles to verify (default: every .tar.gz in Archive/bundles).")
    var bundles: [String] = []

    @Flag(help: "Print one JSON report per bundle per line (schema gazette.verify-report/1), also for a bundle that cannot be opened.")
    var json = false

    @Flag(help: "Check sizes, CRCs and structure without computing SHA-256 digests.")
    var quick = false

    func run() throws {
        ArchiveMemory.bound()
        let paths = bundles.isEmpty ? try Self.defaultBundles() : bundles.map(RawArguments.path)
        let time = ISO8601DateFormatter().string(from: Date())
        let verifier = BundleVerifier(toolVersion: Gazette.version, time: time)
        var damaged = false, damagedCount = 0
        // A bundle that cannot be opened is reported and the rest are still verified.
        var unopened: [GazetteError] = []
        for path in paths {
            do throws(GazetteError) {
                // Verdicts are handed out one at a time: a report is never held whole.
                let result = try verifier.check(path, quick: quick)
                damaged = damaged || !result.report.ok
                damagedCount += result.report.ok ? 0 : 1
                if json {
                    try result.writeJSONLine { Terminal.writeOut($0) }
                } else {
                    try printText(result)
                }
            } catch {
                Terminal.report(error)
                damaged = damaged || error.code == .bundleDamaged
                unopened.append(error)
                // A script reading one report per bundle gets one for this bundle too.
                if json { Terminal.writeOut(VerifyReport.unopened(path, error: error, toolVersion: Gazette.version, time: time, quick: quick).jsonLine()) }
            }
        }
        if !json && paths.count > 1 {
            var summary = damaged ? "\(ArchiveCommand.count(damagedCount, "bundle")) of \(paths.count) DAMAGED" : unopened.isEmpty ? "all \(paths.count) bundles OK" : "\(ArchiveCommand.count(paths.count - unopened.count, "bundle")) OK"
            if !unopened.isEmpty { summary += "; \(unopened.count) of \(paths.count) could not be verified" }
            Terminal.printOut(summary)
        }
        // Damage decides the status over a bundle that could not be opened: 2 says "look at the report".
        if damaged { throw ExitCode(ExitStatus.bundleDamaged) }
        if let first = unopened.first { throw ExitCode(first.code.exitStatus) }
    }

    private func printText(_ result: VerifyResult) throws(GazetteError) {
        let report = result.report
        let tally = VerifyReport.DocumentStatus.Status.allCases.compactMap { status in result.tally[status].map { "\($0) \(status.rawValue)" } }
        let checked = report.quick ? "CRCs and sizes (--quick: no SHA-256)" : "CRCs and SHA-256 digests"
        Terminal.printOut("\(report.bundle): \(report.ok ? "OK" : "DAMAGED") — \(ArchiveCommand.count(result.documentCount, "document"))\(tally.isEmpty ? "" : " (\(tally.joined(separator: ", ")))"), \(ArchiveCommand.count(report.members, "gzip member")), \(checked) checked")
        // The documents printed with their problems; a problem about a document that is still good
        // (an index entry the manifest lacks, say) is printed on its own line, not hidden.
        var printed: Set<String> = []
        if result.tally.keys.contains(where: { $0 != .good }) {
            try result.forEachDocument { document in
                guard document.status != .good else { return }
                printed.insert(document.id)
                let offset = document.offset.map { "offset \($0)" } ?? "offset unknown"
                Terminal.printOut("  \(document.status.rawValue.padded(8)) \(document.id)  \(document.title ?? "(no title)")  [\(document.originalName ?? "original name unknown")]  \(offset)")
                for problem in document.problems { Terminal.printOut("           \(problem)") }
            }
        }
        result.forEachProblem { problem in
            guard problem.documentID.map({ !printed.contains($0) }) ?? true else { return }
            Terminal.printOut("  problem  \(problem.offset.map { "offset \($0): " } ?? "")\(problem.message)")
        }
    }

    /// Every `.tar.gz` in `Archive/bundles`, sorted.
    static func defaultBundles() throws -> [FilePath] {
        let expanded = InputWalker.expand([FilePath(ArchiveCommand.defaultBundles)])
        let bundles = expanded.files.map(\.path).filter { $0.description.hasSuffix(".tar.gz") }
        guard !bundles.isEmpty else {
            Terminal.printError("error: no bundles given and none in \(ArchiveCommand.defaultBundles); run gazette archive build first")
            throw ExitCode(GazetteError.Code.notFound.exitStatus)
        }
        return bundles
    }
}

extension VerifyReport.DocumentStatus.Status: CaseIterable {
    public static var allCases: [Self] { [.good, .damaged, .missing, .unverified] }
}
