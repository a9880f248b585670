#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion
import DocumentModel

/// Builds yearly bundles: converts documents in parallel with the registry's readers and writers,
/// compresses each member on the worker, spools members per year in input order, then writes each
/// bundle in its sorted layout to a temporary file and renames it into place.
public struct BundleBuilder: Sendable {
    /// How to build.
    public struct Options: Sendable {
        /// The folder bundles are written to.
        public var outputDirectory: FilePath
        /// Use this year for every document instead of the detected one.
        public var year: Int?
        /// The program version recorded in `bag-info.txt` and the index.
        public var toolVersion: String
        /// The time recorded as every entry's mtime and as the Bagging-Date (SOURCE_DATE_EPOCH).
        public var epoch: Int
        /// The deflate level for members.
        public var level: Int32
        /// Worker threads for conversion and compression.
        public var workers: Int
        /// The largest file or gzip member a bundle takes: what a lookup record's 4-byte fields
        /// hold (Archive/FORMAT.md 2.5). Lowered by tests, which cannot write 4 GiB files.
        var maximumMemberSize = BundleLookup.maximumField
        /// Inputs larger than this are looked at from their leading bytes first: one no reader
        /// can take is streamed, never held (``BundleBuilder/prepareStreamed(_:size:)``); a file or
        /// conversion larger than this is compressed into a scratch file (``MemberSpooler``), not
        /// held twice more as a tar entry and a gzip member. Lowered by tests, so these paths are
        /// checked on small files.
        var streamingThreshold = 32 << 20
        /// Write over an existing bundle even when it holds documents the inputs lack.
        public var replace: Bool

        /// Creates options; the epoch defaults to 0 so builds are reproducible.
        public init(outputDirectory: FilePath, year: Int? = nil, toolVersion: String, epoch: Int = 0,
                    level: Int32 = 6, workers: Int = OrderedParallel.defaultWorkers, replace: Bool = false) {
            self.outputDirectory = outputDirectory
            self.year = year
            self.toolVersion = toolVersion
            self.epoch = epoch
            self.level = level
            self.workers = workers
            self.replace = replace
        }
    }

    let registry: FormatRegistry
    let options: Options
    let jsonWriter: any DocumentWriter
    let htmlWriter: (any DocumentWriter)?

    /// Creates a builder using the registry's readers and its `json` (and, when present, `html`) writers.
    public init(registry: FormatRegistry, options: Options) throws(GazetteError) {
        self.registry = registry
        self.options = options
        self.jsonWriter = try registry.writer(for: .json)
        self.htmlWriter = registry.writers.first { $0.format == .html }
    }

    /// Builds bundles from `files`; `progress(done, total)` is called on the calling thread.
    /// `waiting` is called once if another build holds the folder's lock: this one waits for it.
    public func build(_ files: InputList, waiting: () -> Void = {}, progress: (Int, Int) -> Void = { _, _ in }) throws(GazetteError) -> BuildSummary {
        try FileIO.createDirectory(options.outputDirectory)
        let lock = try BundleFolderLock(options.outputDirectory, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        var summary = BuildSummary()
        summary.memberKinds = ["original", "json"] + (htmlWriter == nil ? [] : ["html"])
        summary.removedLeftovers = BuildLeftovers.remove(in: options.outputDirectory)
        let spool: BuildSpool
        do {
            spool = try BuildSpool { kind, year throws(GazetteError) in try scratch(kind, year: year, naming: .unlinked) }
        } catch {
            throw GazetteError(error.code, "cannot write the documents' scratch files here: \(error.message)", file: options.outputDirectory.description)
        }
        var writeError: GazetteError?
        OrderedParallel.forEach(count: files.count, workers: options.workers, transform: { index in
            Result { () throws(GazetteError) -> PreparedDocument in try prepare(files[index]) }
        }, consume: { index, outcome in
            defer { progress(index + 1, files.count) }
            guard writeError == nil else { return }
            let name = files[index].path.description
            switch outcome {
            case .failure(let error):
                summary.failures.append(error.naming(name))
            case .success(let prepared):
                do throws(GazetteError) {
                    switch try spool.add(prepared) {
                    case .collision:
                        summary.failures.append(GazetteError(.internal, "document id \(prepared.record.id) collides with a different file", file: name))
                    case .duplicate(let year):
                        summary.duplicates.append((name, prepared.record.id))
                        if let failure = prepared.conversionFailure { summary.keep(failure, id: prepared.record.id, year: year) }
                    case .stored:
                        summary.documents += 1
                        if !prepared.readerWarnings.isEmpty { summary.documentWarnings.append((name, prepared.readerWarnings)) }
                        summary.bytesIn += prepared.bytesIn
                        if prepared.bundleYear == nil { summary.unknownYear.append(name) }
                        if let failure = prepared.conversionFailure { summary.keep(failure, id: prepared.record.id, year: prepared.bundleYear) }
                    }
                } catch {
                    writeError = error
                }
            }
        })
        // The scratch file's own name means nothing to the user: the folder is what ran out or refused.
        if let writeError {
            throw GazetteError(writeError.code, "cannot write the documents' scratch files here: \(writeError.message)",
                               file: options.outputDirectory.description)
        }
        let years = spool.years.keys.sorted { ($0 ?? Int.max) < ($1 ?? Int.max) }
        let inputs = InputYears(spool)
        for year in years {
            let yearSpool = spool.take(year)!
            let target = options.outputDirectory.appending(Array((BundleFormat.bundleName(year: year) + ".tar.gz").utf8))
            if let refusal = replacementRefusal(at: target, year: year, inputs: inputs, summary: &summary) {
                summary.unwrittenBundles.append(refusal)
                summary.documents -= yearSpool.keys.count
                continue
            }
            // One bundle that cannot be written (a full disk, a folder by its name) does not stop
            // the other years; its temporary file is removed with its ScratchFile.
            do throws(GazetteError) {
                let output = try scratch("tmp", year: year, naming: .removedOnInterrupt)
                let assembler = BundleAssembler(bundle: BundleFormat.bundleName(year: year), year: year, options: options)
                try assembler.write(yearSpool, records: spool, to: output)
                let size = output.size
                try output.commit(to: target)
                summary.bundles.append(.init(path: target, year: year, documents: yearSpool.keys.count, bytes: size))
            } catch {
                summary.unwrittenBundles.append(GazetteError(error.code, "not written: \(error.message)", file: target.description))
                summary.documents -= yearSpool.keys.count
            }
        }
        summary.warnings += staleCopies(inputs: inputs, written: Set(years))
        return summary
    }

    /// A scratch file beside the output, on its file system: the spools are as large as the bundles.
    func scratch(_ kind: String, year: Int?, naming: ScratchFile.Naming) throws(GazetteError) -> ScratchFile {
        let name = ".\(BundleFormat.bundleName(year: year)).tar.gz.\(kind)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return try ScratchFile(options.outputDirectory.appending(Array(name.utf8)), naming: naming)
    }
}
