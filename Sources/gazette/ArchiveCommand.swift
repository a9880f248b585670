import ArgumentParser

/// `gazette archive`: yearly bundles — build, verify, list, show and extract.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Build, verify, list, show and extract yearly archive bundles.",
        discussion: """
            A bundle is a BagIt bag serialized as a seekable tar.gz (one gzip member per entry, then a footer \
            member locating the index), readable by tar, gzip and bagit tools. See Archive/FORMAT.md.
            """,
        subcommands: [ArchiveBuildCommand.self, ArchiveVerifyCommand.self, ArchiveListCommand.self,
                      ArchiveShowCommand.self, ArchiveExtractCommand.self])

    /// Where `build` reads by default, relative to the current directory.
    static let defaultSource = "Archive/originals"
    /// Where `build` writes and `verify` looks by default.
    static let defaultBundles = "Archive/bundles"

    /// `1 document`, `5 documents`: summaries read as sentences.
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// Says on standard error that zero bytes after a bundle's footer were skipped: the file is
    /// not as written (verify reports it), but its documents are read.
    static func warnPadding(_ bundle: String, _ padding: Int) {
        guard padding > 0 else { return }
        Terminal.printError("warning: \(bundle): \(count(padding, "zero byte")) after the footer (padding added in transfer?) skipped; gazette archive verify reports it")
    }
}
