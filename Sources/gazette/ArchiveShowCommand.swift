import ArchivePlugin
import ArgumentParser
import Conversion
import DocumentModel

/// `gazette archive show`: one document out of a bundle, its SHA-256 checked before printing.
struct ArchiveShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one document from a bundle as JSON, HTML or its original bytes.",
        discussion: "Reads one gzip member located through the bundle's lookup table, so it takes the same time for any bundle size.")

    /// What to print.
    enum Representation: String, ExpressibleByArgument, CaseIterable {
        case original, json, html
    }

    @Argument(help: "The bundle.")
    var bundle: String

    @Argument(help: "The document id (16 hex digits, as in `gazette archive list`).")
    var id: String

    @Option(name: .customLong("as"), help: "original, json or html.")
    var representation: Representation = .json

    func run() throws {
        do {
            let reader = try BundleReader(RawArguments.path(bundle))
            ArchiveCommand.warnPadding(reader.path.description, reader.trailingPadding)
            let role = BundleMember.Role(rawValue: representation.rawValue)!
            do {
                try reader.show(id: id, role: role) { piece in Terminal.writeOut(piece) }
            } catch where error.code == .notFound && role == .html {
                Terminal.writeOut(try renderHTML(from: try reader.show(id: id, role: .json)))
            }
        } catch {
            Terminal.report(error)
            throw ExitCode(error.code.exitStatus)
        }
    }

    /// A bundle built before the HTML writer existed: render the stored JSON now, when a writer is registered.
    private func renderHTML(from json: [UInt8]) throws(GazetteError) -> [UInt8] {
        let registry = BuiltinPlugins.registry
        guard registry.writers.contains(where: { $0.format == .html }) else {
            throw GazetteError(.notFound, "this bundle has no HTML members and no HTML writer is registered")
        }
        let document = try registry.read(ReaderInput(bytes: json, name: SourceName("\(id).json")), explicit: .json, file: "\(id).json").document
        return try registry.writer(for: .html).write(document)
    }
}
