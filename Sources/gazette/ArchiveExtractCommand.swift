import ArchivePlugin
import ArgumentParser
import Conversion

/// `gazette archive extract`: unpacks a bundle safely into a folder.
struct ArchiveExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a bundle's bag into a folder, checking every file before it is moved into place.",
        discussion: "Refuses '..', absolute paths, links, devices, duplicates and entries larger than the index declares. Nothing is written outside DIR; on failure nothing is left behind.")

    @Argument(help: "The bundle.")
    var bundle: String

    @Option(name: .shortAndLong, help: "The folder to extract into (the bag becomes DIR/<bag name>).")
    var output: String

    func validate() throws {
        if output.isEmpty { throw ValidationError("-o needs a folder") }
    }

    func run() throws {
        ArchiveMemory.bound()
        InterruptHandler.install()
        do {
            let summary = try BundleExtractor().extract(RawArguments.path(bundle), into: RawArguments.path(output))
            ArchiveCommand.warnPadding(bundle, summary.trailingPadding)
            Terminal.printOut("\(summary.bag): \(summary.files) files, \(ByteCount(summary.bytes)), every SHA-256 checked")
        } catch {
            Terminal.report(error)
            throw ExitCode(error.code.exitStatus)
        }
    }
}
