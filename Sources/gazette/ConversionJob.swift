import Conversion
import DocumentModel

/// Converts a batch of files on all cores, writing each output as it is done, in input order.
struct ConversionJob: Sendable {
    let registry: FormatRegistry
    let writer: any DocumentWriter
    let explicit: Format?
    let options: ReadOptions
    /// The output folder, or nil for standard output.
    let destination: FilePath?
    let quiet: Bool

    /// The most warnings printed per file; the rest are in the document's provenance.
    static let warningsPerFile = 5

    private struct Outcome: Sendable {
        var output: [UInt8] = []
        var diagnostics: [Diagnostic] = []
        var error: GazetteError?
    }

    /// Converts every file; returns the failures (already reported on stderr).
    func run(_ files: [InputFile]) -> [GazetteError] {
        if let destination {
            do { try FileIO.createDirectory(destination) } catch {
                Terminal.report(error)
                return files.map { _ in error }
            }
        }
        var failures: [GazetteError] = []
        OrderedParallel.forEach(count: files.count, transform: { index in
            convert(files[index])
        }, consume: { index, outcome in
            let file = files[index]
            if let error = outcome.error {
                Terminal.report(error)
                failures.append(error)
            } else {
                if !quiet { reportWarnings(outcome.diagnostics, file: file) }
                if destination == nil { Terminal.writeOut(outcome.output) }
            }
            Terminal.progress("converting", done: index + 1, total: files.count)
        })
        Terminal.clearProgress()
        return failures
    }

    private func convert(_ file: InputFile) -> Outcome {
        let name = file.path.description
        do {
            let bytes = try FileIO.read(file.path)
            let input = ReaderInput(bytes: bytes, name: file.path.lastComponent)
            let document = try registry.read(input, explicit: explicit, options: options, file: name).document
            let output = try writer.write(document)
            if let destination {
                let target = outputPath(for: file, in: destination)
                if let parent = target.parent { try FileIO.createDirectory(parent) }
                try FileIO.writeAtomically(output, to: target)
                return Outcome(diagnostics: document.provenance.diagnostics)
            }
            return Outcome(output: output, diagnostics: document.provenance.diagnostics)
        } catch {
            return Outcome(error: error.naming(name))
        }
    }

    /// `DIR/<relative path with the writer's extension>`; a GBK name becomes its UTF-8 reading.
    private func outputPath(for file: InputFile, in destination: FilePath) -> FilePath {
        var relative = file.relativePath.description
        if let dot = relative.lastIndex(of: "."), !relative[dot...].contains("/") {
            relative = String(relative[..<dot])
        }
        return destination.appending(Array((relative + "." + writer.fileExtension).utf8))
    }

    private func reportWarnings(_ diagnostics: [Diagnostic], file: InputFile) {
        let warnings = diagnostics.filter { $0.severity >= .warning }
        for warning in warnings.prefix(Self.warningsPerFile) {
            let offset = warning.byteOffset.map { "byte \($0): " } ?? ""
            Terminal.printError("warning: \(file.path): \(offset)\(warning.message)")
        }
        if warnings.count > Self.warningsPerFile {
            Terminal.printError("warning: \(file.path): \(warnings.count - Self.warningsPerFile) more warnings in provenance.diagnostics")
        }
    }
}
