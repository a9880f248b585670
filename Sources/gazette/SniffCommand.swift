import ArgumentParser
import Conversion
import DocumentModel
import Foundation

/// `gazette sniff`: says what each file is, how it is encoded, how sure that is, and why.
struct SniffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sniff",
        abstract: "Show each file's format, encoding, confidence, evidence and the reader chosen.")

    @Argument(help: "Files or folders to sniff.")
    var inputs: [String]

    @Flag(help: "Print JSON Lines: one object per file.")
    var json = false

    /// One file's answer; also the JSON form.
    struct Report: Codable, Sendable {
        var file: String
        var format: String?
        var encoding: String?
        var confidence: Double?
        var evidence: String?
        var reader: String?
        var error: String?
        var exitStatus: Int32?
    }

    func run() throws {
        let registry = BuiltinPlugins.registry
        let expanded = InputWalker.expand(inputs.map(RawArguments.path))
        var reports = expanded.errors.map {
            Report(file: $0.file ?? "", error: $0.description, exitStatus: $0.code.exitStatus)
        }
        OrderedParallel.forEach(count: expanded.files.count, transform: { index in
            Self.sniff(expanded.files[index], registry: registry)
        }, consume: { _, report in reports.append(report) })
        for report in reports { print(report) }
        let failed = reports.filter { $0.error != nil }
        if !failed.isEmpty {
            throw ExitCode(reports.count == 1 ? failed[0].exitStatus ?? 1 : ExitStatus.someInputsFailed)
        }
    }

    /// Sniffs and reads one file, so the encoding reported is the one the reader really used.
    static func sniff(_ file: InputFile, registry: FormatRegistry) -> Report {
        let name = file.path.description
        do {
            let input = ReaderInput(bytes: try FileIO.read(file.path), name: file.path.lastComponent)
            let (document, choice) = try registry.read(input, file: name)
            let p = document.provenance
            // A document read back from JSON describes its own original, not this file: then the sniff speaks.
            guard choice.madeProvenance(of: document) else {
                return Report(file: name, format: choice.sniff.format.rawValue, encoding: TextEncoding.utf8.rawValue, confidence: choice.sniff.confidence.value,
                              evidence: choice.sniff.reason, reader: choice.reader.identity.description)
            }
            return Report(file: name, format: choice.sniff.format.rawValue, encoding: p.encoding,
                          confidence: p.confidence, evidence: p.evidence, reader: p.reader.description)
        } catch {
            return Report(file: name, error: error.description, exitStatus: error.code.exitStatus)
        }
    }

    private func print(_ report: Report) {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(report)) ?? Data()
            Terminal.printOut(String(decoding: data, as: UTF8.self))
        } else if let error = report.error {
            Terminal.printError("error: \(error)")
        } else {
            let confidence = Confidence(report.confidence ?? 0)
            Terminal.printFields([report.file, report.format ?? "?", report.encoding ?? "?", "\(confidence)", report.evidence ?? "", report.reader ?? ""])
        }
    }
}
