import ArchivePlugin
import ArgumentParser
import Conversion
import Foundation

/// `gazette archive list`: the documents in a bundle, from its index.
struct ArchiveListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a bundle's documents: id, year, format, encoding, size, title, original name.",
        discussion: "A document kept as original only (it could not be converted) shows why in place of its title; --json gives it as conversionError.")

    @Argument(help: "The bundle.")
    var bundle: String

    @Flag(help: "Print the bundle's index.json (schema gazette.bundle-index/1).")
    var json = false

    func run() throws {
        ArchiveMemory.bound()
        do throws(GazetteError) {
            let reader = try BundleReader(RawArguments.path(bundle))
            ArchiveCommand.warnPadding(reader.path.description, reader.trailingPadding)
            if json {
                // The index's own bytes, checked to parse first: no re-encoding of every document.
                try reader.streamIndex { Terminal.writeOut($0) }
                return
            }
            Terminal.printOut(Self.row(["id", "year", "format", "encoding", "bytes"]) + "title / original name")
            // One document at a time, the index read back from a scratch file: memory stays flat, whatever the bundle.
            try reader.forEachIndexedDocument { document in
                let size = document.member(.original)?.size ?? 0
                let year = document.year.map(String.init) ?? "?"
                var line = Self.row([document.id, year, document.format ?? "-", document.encoding ?? "-", String(size)])
                // A document kept as original only says so where its title would be, with the reason.
                line += document.conversionError.map { "(original only, not converted: \($0))" } ?? document.title ?? "(no title)"
                line += "  [" + document.originalName + "]"
                if !document.aliases.isEmpty { line += " (+\(document.aliases.count) identical)" }
                Terminal.printOut(line)
            }
        } catch {
            Terminal.report(error)
            throw ExitCode(error.code.exitStatus)
        }
    }

    /// Each column's width, its separating space included: fixed, since documents are printed as
    /// they are decoded. Bytes fit any size build writes (at most 4294967295, 10 digits).
    static let widths = [18, 6, 12, 10, 11]

    /// The fixed columns of one line; a value wider than its column still ends with a space, so it
    /// never runs into the next (a 9-digit size ran into the title).
    static func row(_ cells: [String]) -> String {
        zip(cells, widths).map { $0.padded($1 - 1) + " " }.joined()
    }
}
