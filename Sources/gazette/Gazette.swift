#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Conversion

/// The `gazette` command: converts and preserves government information-disclosure annual reports.
@main
struct Gazette: ParsableCommand {
    /// The tool's version, also recorded in bundles.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Convert and preserve Chinese government information-disclosure annual reports.",
        discussion: """
            Reads legacy GBK/GB2312/GB18030 text, portal HTML pages in any charset and UTF-8 text into one \
            document model; writes UTF-8 JSON and HTML; packs a year's reports into a self-verifying bundle.

            Exit codes: 0 ok, 1 some inputs of a batch failed, 2 bundle damaged, 64 usage, \
            65 bad input data, 66 input not found, 70 internal error, 73 cannot write output, \
            130/143 interrupted (archive build and extract remove their temporary files).
            """,
        version: version,
        subcommands: [ConvertCommand.self, SniffCommand.self, PluginsCommand.self, ArchiveCommand.self]
    )

    /// Runs the command, first making sure the three standard descriptors are open (see
    /// ``Terminal/claimStandardDescriptors()``).
    static func main() {
        Terminal.claimStandardDescriptors()
        // What swift-argument-parser prints (--help, --version, usage) goes through C's buffered
        // stdout; a failed flush at exit is reported like any failed write, not lost with exit 0.
        atexit { Terminal.flushPrintedAtExit() }
        if let refusal = DashNamedFiles.refusal(Array(CommandLine.arguments.dropFirst())) {
            Terminal.printError("error: \(refusal)")
            #if canImport(Glibc)
            Glibc.exit(GazetteError.Code.usage.exitStatus)
            #else
            Darwin.exit(GazetteError.Code.usage.exitStatus)
            #endif
        }
        main(nil as [String]?)
    }
}
