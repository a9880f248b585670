import Conversion
import DocumentModel
import HTMLPlugin

/// Converts a batch of files on all cores, writing each output as it is done, in input order.
struct ConversionJob: Sendable {
    let registry: FormatRegistry
    let writer: any DocumentWriter
    let explicit: Format?
    let options: ReadOptions
    /// The output folder, or nil for standard output.
    let destination: FilePath?
    let quiet: Bool
    /// Output folders made so far, shared by the workers.
    private let directories = CreatedDirectories()

    /// The most warnings printed per file; the rest are in the document's provenance.
    static let warningsPerFile = 5

    private struct Outcome: Sendable {
        var output: [UInt8] = []
        var diagnostics: [Diagnostic] = []
        var error: GazetteError?
        /// The collection index's line for this document, when writing HTML to a folder.
        var entry: CollectionEntry?
    }

    /// Converts every file; returns the failures (already reported on stderr). Throws, before
    /// converting anything, when the output folder cannot be made or written into.
    func run(_ files: [InputFile]) throws(GazetteError) -> [GazetteError] {
        if let destination { try FileIO.prepareOutputFolder(destination) }
        var plan = destination.map {
            OutputPlan(files: files, destination: $0, relativePath: outputRelativePath, recognisesEarlierOutputs: writer.format == .json)
        }
        let targets = plan?.targets
        var failures: [GazetteError] = []
        var entries: [CollectionEntry] = []
        // Writing to a folder, a result is only diagnostics, so a wide window costs no memory and
        // spares the workers and the consuming thread from waking each other for every small file.
        let window = destination == nil ? nil : 64
        OrderedParallel.forEach(count: files.count, window: window, transform: { index in
            convert(files[index], target: targets?[index])
        }, consume: { index, outcome in
            let file = files[index]
            if let error = outcome.error {
                Terminal.report(error)
                failures.append(error)
            } else {
                if !quiet { reportWarnings(outcome.diagnostics, file: file) }
                if destination == nil { Terminal.writeOut(outcome.output) }
                if let entry = outcome.entry { entries.append(entry) }
            }
            Terminal.progress("converting", done: index + 1, total: files.count)
        })
        Terminal.clearProgress()
        if let destination, writer.format == .html, !entries.isEmpty {
            let index = CollectionIndex(entries: entries)
            let name = index.fileName { plan?.isFree($0) ?? true }
            do { try FileIO.writeAtomically(index.render(), to: destination.appending(Array(name.utf8))) } catch {
                Terminal.report(error)
                failures.append(error)
            }
        }
        return failures
    }

    /// Converts `file`; writes it at `target` (relative to the destination) when there is one.
    private func convert(_ file: InputFile, target planned: OutputPlan.Target?) -> Outcome {
        let name = file.path.description
        switch planned {
        case .refused(let refusal): return Outcome(error: refusal)
        case .repeated, .earlierOutput: return Outcome()
        case .write, nil: break
        }
        do throws(GazetteError) {
            let bytes = try readInput(file.path, name: name)
            let input = ReaderInput(bytes: bytes, name: file.path.lastComponent)
            let (document, choice) = try registry.read(input, explicit: explicit, options: options, file: name)
            // A document read back from JSON carries its original's diagnostics: not warnings about this file.
            let fresh = choice.madeProvenance(of: document)
            let output = try writer.write(document)
            if let destination, case .write(let relative) = planned {
                let target = destination.appending(Array(relative.utf8))
                if let parent = target.parent { try directories.ensure(parent) }
                try FileIO.writeAtomically(output, to: target)
                let entry = writer.format == .html ? CollectionEntry(document, path: relative) : nil
                var diagnostics = fresh ? document.provenance.diagnostics : []
                if OutputName.fitted(plainRelativePath(file)).shortened {
                    diagnostics.insert(Diagnostic(.warning, "its output name is too long for the file system (over \(OutputName.maximumBytes) bytes); written as \(relative)"), at: 0)
                }
                return Outcome(diagnostics: diagnostics, entry: entry)
            }
            return Outcome(output: output, diagnostics: fresh ? document.provenance.diagnostics : [])
        } catch {
            return Outcome(error: error.naming(name))
        }
    }

    /// The relative path with the writer's extension, written under `DIR`; a GBK name becomes its
    /// UTF-8 reading, another name that is not UTF-8 its escaped form (`caf\xE9.json`).
    /// Components too long for the file system are shortened (``OutputName``).
    private func outputRelativePath(_ file: InputFile) -> String {
        OutputName.fitted(plainRelativePath(file)).path
    }

    /// `outputRelativePath` before any component is shortened.
    private func plainRelativePath(_ file: InputFile) -> String {
        var relative = file.relativePath.outputName
        if let dot = relative.lastIndex(of: "."), !relative[dot...].contains("/") {
            relative = String(relative[..<dot])
        }
        return relative + "." + writer.fileExtension
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
