import ArgumentParser
import Conversion
import DocumentModel

/// `gazette convert`: reads files or folders and writes each as JSON (or another writer's format).
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert reports to UTF-8 JSON or HTML.",
        discussion: """
            Folders are walked recursively. One bad file never stops the batch: each failure is one line \
            on stderr and the exit status is 1 (or the file's own status when only one file was given). \
            Undecodable bytes become U+FFFD with a warning naming the byte offset; --strict fails instead.
            """)

    @Argument(help: "Files or folders to convert.")
    var inputs: [String]

    @Option(name: .customLong("from"), help: "Input format (default: sniffed from content).")
    var from: String?

    @Option(name: .customLong("to"), help: "Output format: json or html.")
    var to: String = "json"

    @Option(name: .shortAndLong, help: "Output folder, or - for standard output.")
    var output: String = "-"

    @Flag(help: "Fail on undecodable bytes instead of replacing them.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Do not print per-file warnings.")
    var quiet = false

    func validate() throws {
        if output.isEmpty { throw ValidationError("-o needs a folder (or - for standard output)") }
    }

    func run() throws {
        let registry = BuiltinPlugins.registry
        let writer: any DocumentWriter
        do { writer = try registry.writer(for: Format(rawValue: to)) } catch { throw ValidationError(error.message) }
        let explicit = from.map { Format(rawValue: $0) }
        if let explicit, !registry.readableFormats.contains(explicit) {
            throw ValidationError("no reader for format '\(explicit)'; known: \(registry.readableFormats.map(\.rawValue).joined(separator: ", "))")
        }
        // The output folder is not walked for inputs: converting into a folder inside the input
        // folder twice must not convert the first run's outputs.
        let destination = output == "-" ? nil : FilePath(output)
        // Outputs go through hidden temporary files; an interrupt removes the ones being written.
        if destination != nil { InterruptHandler.install() }
        let expanded = InputWalker.expand(inputs.map(RawArguments.path), excluding: Set([destination.flatMap(FileIdentity.init)].compactMap { $0 }))
        expanded.errors.forEach(Terminal.report)
        // Nothing to convert is said, as build says it, not a silent success.
        if expanded.files.isEmpty, expanded.errors.isEmpty {
            Terminal.printError("error: no input files under \(inputs.map(RawArguments.path).map(\.description).joined(separator: ", ")) (hidden files are skipped)")
            throw ExitCode(GazetteError.Code.notFound.exitStatus)
        }
        let job = ConversionJob(
            registry: registry, writer: writer, explicit: explicit, options: ReadOptions(strict: strict),
            destination: destination, quiet: quiet)
        let converted: [GazetteError]
        do { converted = try job.run(expanded.files) } catch {
            Terminal.report(error)
            throw ExitCode(error.code.exitStatus)
        }
        let failures = converted + expanded.errors
        guard !failures.isEmpty else { return }
        let single = expanded.files.count + expanded.errors.count == 1
        throw ExitCode(single ? failures[0].code.exitStatus : ExitStatus.someInputsFailed)
    }
}
