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

    /// How much of a file sniff reads: four times the window the encoding statistics look at
    /// (``EncodingDetector/sampleLength``), so that a file whose first non-ASCII byte is in its
    /// first 192 KiB gets the answer a whole read gives, and memory and time do not grow with it.
    static let prefixLength = 256 * 1024

    /// Sniffs one file and reads its leading bytes with the reader chosen, so the encoding
    /// reported is the one that reader uses.
    static func sniff(_ file: InputFile, registry: FormatRegistry) -> Report {
        let name = file.path.description
        do {
            let prefix = try FileIO.readPrefix(file.path, maximumLength: prefixLength)
            let input = ReaderInput(bytes: prefix.bytes, name: file.path.lastComponent, isWhole: prefix.isWhole)
            let choice = try registry.reader(for: input.sample, file: name)
            let document: Document
            do {
                document = try registry.read(input, with: choice, file: name)
            } catch where !input.isWhole && choice.sniff.format == .json {
                // Gazette JSON cannot be read from a prefix; it is reported from its sniff, as a
                // JSON document always is (below). Text and HTML readers read a prefix as it is.
                return sniffed(choice, file: name)
            }
            // A document read back from JSON describes its own original, not this file: then the sniff speaks.
            guard choice.madeProvenance(of: document) else { return sniffed(choice, file: name) }
            let p = document.provenance
            let evidence = statisticsStopAtPrefix(input) ? "\(p.evidence), in the first \(prefixLength >> 10) KiB" : p.evidence
            return Report(file: name, format: choice.sniff.format.rawValue, encoding: p.encoding,
                          confidence: p.confidence, evidence: evidence, reader: p.reader.description)
        } catch {
            return Report(file: name, error: error.description, exitStatus: error.code.exitStatus)
        }
    }

    /// The report of the sniff alone, for a reader whose document does not describe this file.
    private static func sniffed(_ choice: FormatRegistry.Choice, file: String) -> Report {
        Report(file: file, format: choice.sniff.format.rawValue, encoding: TextEncoding.utf8.rawValue, confidence: choice.sniff.confidence.value,
               evidence: choice.sniff.reason, reader: choice.reader.identity.description)
    }

    /// True when the encoding statistics, which start at the first non-ASCII byte after a long
    /// ASCII preamble, would have read past the prefix: the answer is the prefix's, not the file's.
    private static func statisticsStopAtPrefix(_ input: ReaderInput) -> Bool {
        guard !input.isWhole else { return false }
        let firstNonASCII = input.bytes.firstIndex { $0 >= 0x80 } ?? input.bytes.count
        return firstNonASCII >= EncodingDetector.sampleLength && firstNonASCII + EncodingDetector.sampleLength > input.bytes.count
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
