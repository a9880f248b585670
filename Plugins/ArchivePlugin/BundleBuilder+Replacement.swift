#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

extension BundleBuilder {
    /// Every input document's id and the year of the bundle it goes to, sorted by id: what the
    /// existing bundles in the folder are compared with.
    struct InputYears {
        private let entries: [(key: BuildSpool.Key, year: Int?)]
        private let spool: BuildSpool

        init(_ spool: BuildSpool) {
            self.spool = spool
            entries = spool.years.flatMap { year, documents in documents.keys.map { (key: $0, year: year) } }.sorted { $0.key.id < $1.key.id }
        }

        /// The year `document` is filed under by these inputs: nil when it is not among them,
        /// `.some(nil)` for the unknown-year bundle.
        func year(of document: BundleDocument) -> Int?? {
            entry(of: document).map { .some($0.year) } ?? nil
        }

        /// The source paths these inputs record for `document` (its own and its aliases'), or nil
        /// when it is not among them or its record cannot be read back.
        func sourcePaths(of document: BundleDocument) -> Set<String>? {
            guard let entry = entry(of: document), let record = try? spool.record(of: spool.document(entry.key)) else { return nil }
            return Set([record.sourcePath] + record.aliases.map(\.sourcePath))
        }

        private func entry(of document: BundleDocument) -> (key: BuildSpool.Key, year: Int?)? {
            guard let id = LowerHex64.value(document.id) else { return nil }
            let place = entries.partitionPoint { $0.key.id < id }
            return place < entries.count && entries[place].key.id == id ? entries[place] : nil
        }
    }

    /// What replacing the bundle at `target` by this build's bundle of `year` would drop: documents
    /// the inputs lack, and documents the inputs file under another year.
    struct Replacement {
        var dropped = 0
        var firstDropped: BundleDocument?
        var moved = 0
        var firstMoved: (document: BundleDocument, year: Int?)?
        /// Alias names (files with the same bytes as a document) the bundle records and the inputs do not.
        var unrecordedAliases = 0
        var firstUnrecorded: (name: String, document: BundleDocument)?

        /// One line on what is dropped and where moved documents now go; nil when nothing is.
        func describe(bundleYear year: Int?) -> String? {
            var parts: [String] = []
            if let first = firstDropped {
                parts.append("\(Self.count(dropped)) not among these inputs (first \(first.id), \(first.originalName))")
            }
            if let (document, newYear) = firstMoved {
                let target = BundleFormat.bundleName(year: newYear) + ".tar.gz"
                parts.append("\(Self.count(moved)) these inputs now file under another year (first \(document.id), \(document.originalName), now in \(target))")
            }
            return parts.isEmpty ? nil : parts.joined(separator: " and ")
        }

        static func count(_ number: Int) -> String { number == 1 ? "1 document" : "\(number) documents" }
    }

    /// Compares the bundle at `target`, if there is one, with the inputs filed under `year`. Nil
    /// when there is no bundle there; an error when one is there that cannot be read.
    func replacement(at target: FilePath, year: Int?, inputs: InputYears) throws(GazetteError) -> Replacement? {
        var info = stat()
        guard target.withCString({ lstat($0, &info) }) == 0 else { return nil }
        var replacement = Replacement()
        try BundleReader(target).forEachIndexedDocument { document in
            switch inputs.year(of: document) {
            case .none:
                replacement.dropped += 1
                if replacement.firstDropped == nil { replacement.firstDropped = document }
            case .some(let filed) where filed != year:
                replacement.moved += 1
                if replacement.firstMoved == nil { replacement.firstMoved = (document, filed) }
            case .some:
                // A document kept, but a copy of it the old bundle named is not among the inputs:
                // the record that the report also existed under that name would go.
                guard !document.aliases.isEmpty, let names = inputs.sourcePaths(of: document) else { break }
                for alias in document.aliases where !names.contains(alias.sourcePath) {
                    replacement.unrecordedAliases += 1
                    if replacement.firstUnrecorded == nil { replacement.firstUnrecorded = (alias.sourcePath, document) }
                }
            }
        }
        return replacement
    }

    /// Why the bundle already at `target` must not be replaced by this build's bundle of `year`,
    /// or nil when it may be: there is none, every document it holds stays in it, or `--replace`
    /// was given (then what it drops is a warning in `summary`).
    ///
    /// Why: a records office adding a new batch with `build new/ -o Archive/bundles` would
    /// otherwise replace the year's bundle by one holding the new batch alone, and the earlier
    /// documents would leave the archive in silence. A rebuild from the same or more inputs (the
    /// shipped collection built again) replaces as before.
    func replacementRefusal(at target: FilePath, year: Int?, inputs: InputYears, summary: inout BuildSummary) -> GazetteError? {
        let kept = "it is kept; build into another folder, add those originals to the inputs, or pass --replace"
        let found: Replacement?
        do { found = try replacement(at: target, year: year, inputs: inputs) } catch {
            guard !options.replace else { return nil }
            return GazetteError(.outputFailed, "already exists and cannot be read as a gazette bundle (\(error.message)); \(kept)",
                                file: target.description)
        }
        guard let found else { return nil }
        let what = found.describe(bundleYear: year)
        if let what, !options.replace {
            return GazetteError(.outputFailed, "already exists and holds \(what); \(kept)", file: target.description)
        }
        if let what {
            summary.warnings.append(GazetteError(.outputFailed, "replaced (--replace), dropping \(what)", file: target.description))
        }
        if let (name, document) = found.firstUnrecorded {
            let count = found.unrecordedAliases == 1 ? "1 alias" : "\(found.unrecordedAliases) aliases"
            summary.warnings.append(GazetteError(.outputFailed, "rebuilt without \(count) it recorded (first \(name), same bytes as \(document.id), "
                                                 + "\(document.originalName)): those files are not among these inputs", file: target.description))
        }
        return nil
    }

    /// Warnings for the bundles in the folder this build does not write that still hold documents
    /// the inputs now file under another year: the same report would otherwise sit in two bundles
    /// with nothing said.
    func staleCopies(inputs: InputYears, written years: Set<Int?>) -> [GazetteError] {
        // The bundles by name (gazette-2016.tar.gz, gazette-unknown.tar.gz) and their years.
        let bundles: [(name: String, year: Int?)] = (FileIO.names(in: options.outputDirectory) ?? []).compactMap { bytes in
            let name = String(decoding: bytes, as: UTF8.self)
            guard name.hasPrefix("gazette-"), name.hasSuffix(".tar.gz") else { return nil }
            let stem = name.dropFirst("gazette-".count).dropLast(".tar.gz".count)
            if stem == "unknown" { return (name, nil) }
            return Int(stem).map { (name, $0) }
        }
        return bundles.filter { !years.contains($0.year) }.sorted { $0.name < $1.name }.compactMap { name, year in
            let target = options.outputDirectory.appending(Array(name.utf8))
            guard let found = try? replacement(at: target, year: year, inputs: inputs), let (document, filed) = found.firstMoved else { return nil }
            let now = BundleFormat.bundleName(year: filed) + ".tar.gz"
            return GazetteError(.outputFailed, "still holds \(Replacement.count(found.moved)) these inputs now file under another year "
                                + "(first \(document.id), \(document.originalName), now in \(now)); it was not rebuilt, so those documents are in two bundles",
                                file: target.description)
        }
    }
}
