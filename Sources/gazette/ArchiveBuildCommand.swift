#if canImport(Glibc)
import Glibc
#endif
import ArchivePlugin
import ArgumentParser
import Conversion
import Foundation

/// `gazette archive build`: converts reports and packs them into one bundle per report year.
struct ArchiveBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Convert reports and pack them into one bundle per report year.",
        discussion: """
            With no SRC, reads Archive/originals and writes Archive/bundles/gazette-<year>.tar.gz. The year comes \
            from the report itself, else from a year-named folder on its path; reports without one go to \
            gazette-unknown.tar.gz and are listed in a warning. An input no reader can convert is kept as its \
            original only (one error line each, exit status 1). Entry times and the Bagging-Date come from \
            SOURCE_DATE_EPOCH (whole seconds, 0 to 8589934591; default 0), so the same inputs give byte-identical bundles. \
            An existing bundle is replaced only when every document it holds is among the inputs, or with --replace.
            """)

    @Argument(help: "Files or folders of reports (default: Archive/originals).")
    var sources: [String] = []

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = ArchiveCommand.defaultBundles

    @Option(help: "Use this report year for every input (one bundle).")
    var year: Int?

    @Option(help: .hidden)
    var level: Int32 = 6

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Flag(help: "Write over an existing bundle even when it holds documents these inputs lack (else it is kept, exit 73).")
    var replace = false

    func validate() throws {
        if output.isEmpty { throw ValidationError("-o needs a folder") }
        // The index schema's range of report years.
        if let year, !(1900...2200).contains(year) { throw ValidationError("--year \(year) is outside 1900-2200") }
        _ = try Self.sourceDateEpoch()
    }

    /// SOURCE_DATE_EPOCH, 0 when unset or empty. A malformed value is an error, as the
    /// reproducible-builds specification asks; so is one a ustar header cannot hold (11 octal
    /// digits: up to 8589934591, in 2242), which tar and Python's tarfile would refuse to read.
    static func sourceDateEpoch() throws -> Int {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return 0 }
        guard text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let value = Int(text), value <= BundleFormat.latestTime
        else { throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds from 0 to \(BundleFormat.latestTime), not '\(text.oneLine)'") }
        return value
    }

    func run() throws {
        ArchiveMemory.bound()
        InterruptHandler.install()
        let started = Date()
        let epoch = try Self.sourceDateEpoch()
        let options = BundleBuilder.Options(outputDirectory: FilePath(output), year: year, toolVersion: Gazette.version,
                                            epoch: epoch, level: min(9, max(1, level)), replace: replace)
        // An -o that names a file is refused by its own name, not by a scratch file's made inside it.
        var info = stat()
        if FilePath(output).withCString({ stat($0, &info) }) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
            let error = GazetteError(.outputFailed, "not a folder: bundles are written into a folder", file: output)
            Terminal.report(error)
            throw ExitCode(error.code.exitStatus)
        }
        let roots = (sources.isEmpty ? [ArchiveCommand.defaultSource] : sources).map(RawArguments.path)
        // The bundles folder is not walked for inputs: a second build into a folder inside the
        // source must not archive the first build's bundles.
        let expanded = InputWalker.list(roots, excluding: Set([FileIdentity(FilePath(output))].compactMap { $0 }))
        expanded.errors.forEach(Terminal.report)
        guard !expanded.files.isEmpty else {
            if expanded.errors.isEmpty {
                Terminal.printError("error: no input files under \(roots.map(\.description).joined(separator: ", ")) (hidden files are skipped); no bundle written")
            }
            throw ExitCode(expanded.errors.first?.code.exitStatus ?? 66)
        }
        // A file reached from two arguments (`build orig orig/2014`) is one input, not an alias of itself.
        let files = roots.count > 1 ? Self.once(expanded.files) : expanded.files
        let summary: BuildSummary
        do {
            let builder = try BundleBuilder(registry: BuiltinPlugins.registry, options: options)
            summary = try builder.build(files, waiting: {
                Terminal.printError("waiting for another gazette build writing into \(output)")
            }, progress: { done, total in Terminal.progress("archiving", done: done, total: total) })
        } catch {
            Terminal.clearProgress()
            Terminal.report(error)
            throw ExitCode(error.code.exitStatus)
        }
        Terminal.clearProgress()
        report(summary, seconds: Date().timeIntervalSince(started))
        if let unwritten = summary.unwrittenBundles.first { throw ExitCode(unwritten.code.exitStatus) }
        if !summary.failures.isEmpty || !expanded.errors.isEmpty { throw ExitCode(ExitStatus.someInputsFailed) }
    }

    /// The files without a second name of one already listed (same device and inode).
    static func once(_ files: InputList) -> InputList {
        var seen: Set<FileIdentity> = []
        var kept = InputList()
        for file in files where FileIdentity(file.path).map({ seen.insert($0).inserted }) ?? true { kept.append(file) }
        return kept
    }

    private func report(_ summary: BuildSummary, seconds: Double) {
        summary.failures.forEach(Terminal.report)
        summary.unwrittenBundles.forEach(Terminal.report)
        // What a build drops or leaves in two places is said even with --quiet.
        for warning in summary.warnings { Terminal.printError("warning: \(warning.file ?? output): \(warning.message)") }
        if !quiet {
            if !summary.removedLeftovers.isEmpty {
                Terminal.printError("note: removed \(ArchiveCommand.count(summary.removedLeftovers.count, "temporary file")) a killed build left in \(output): \(summary.removedLeftovers.joined(separator: ", "))")
            }
            if !summary.unknownYear.isEmpty {
                let count = summary.unknownYear.count
                Terminal.printError("warning: \(ArchiveCommand.count(count, "report")) \(count == 1 ? "has" : "have") no detectable year and went to \(BundleFormat.unknownYearName).tar.gz:")
                for name in summary.unknownYear { Terminal.printError("warning:   \(name)") }
            }
            // As convert says them: the first few with their offsets, the rest counted.
            for (file, warnings) in summary.documentWarnings {
                for warning in warnings.prefix(ConversionJob.warningsPerFile) {
                    Terminal.printError("warning: \(file): \(warning.byteOffset.map { "byte \($0): " } ?? "")\(warning.message)")
                }
                if warnings.count > ConversionJob.warningsPerFile {
                    Terminal.printError("warning: \(file): \(warnings.count - ConversionJob.warningsPerFile) more warnings in its JSON's provenance.diagnostics")
                }
            }
            for duplicate in summary.duplicates {
                Terminal.printError("warning: \(duplicate.file): same bytes as document \(duplicate.id); stored once, listed as an alias")
            }
        }
        for bundle in summary.bundles {
            Terminal.printOut("\(bundle.path): \(ArchiveCommand.count(bundle.documents, "document")), \(ByteCount(bundle.bytes))")
        }
        guard !summary.bundles.isEmpty else {
            return Terminal.printOut("no bundle written (\(ByteCount(summary.bytesIn)) of originals read), \(String(format: "%.1f", seconds)) s")
        }
        let ratio = summary.bytesIn > 0 ? Double(summary.bytesOut) / Double(summary.bytesIn) : 0
        // The originals read include those of bundles not written: no ratio then.
        let size = summary.unwrittenBundles.isEmpty
            ? "\(ByteCount(summary.bytesIn)) of originals in, \(ByteCount(summary.bytesOut)) out (\(String(format: "%.2f", ratio))x the originals; "
            : "\(ByteCount(summary.bytesOut)) out, \(ArchiveCommand.count(summary.unwrittenBundles.count, "bundle")) not written ("
        Terminal.printOut("archived \(ArchiveCommand.count(summary.documents, "document")) in \(ArchiveCommand.count(summary.bundles.count, "bundle")): "
            + size + "each document holds \(summary.memberKinds.joined(separator: "+"))), "
            + (summary.originalOnly.isEmpty ? "" : "\(summary.originalOnly.count) kept as original only (not converted), ")
            + "\(String(format: "%.1f", seconds)) s")
    }
}

/// A byte count for people: `812 B`, `14.2 KB`, `3.1 MB`, `1.20 GB`.
struct ByteCount: CustomStringConvertible {
    let bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        let value = Double(bytes)
        switch bytes {
        case ..<1_000: return "\(bytes) B"
        case ..<1_000_000: return String(format: "%.1f KB", value / 1e3)
        case ..<1_000_000_000: return String(format: "%.1f MB", value / 1e6)
        default: return String(format: "%.2f GB", value / 1e9)
        }
    }
}
