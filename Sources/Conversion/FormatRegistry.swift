import DocumentModel

/// Knows every reader and writer, and picks the reader for an input by sniffing its content.
///
/// Ranking: an explicit format wins (only its readers compete); then the best sniff confidence;
/// then a matching file extension breaks a tie. A remaining tie between readers of *different*
/// formats is an error that names both.
public struct FormatRegistry: Sendable {
    /// The readers, in registration order.
    public let readers: [any DocumentReader]
    /// The writers, in registration order.
    public let writers: [any DocumentWriter]

    /// Creates a registry from explicit plugin lists.
    public init(readers: [any DocumentReader], writers: [any DocumentWriter]) {
        self.readers = readers
        self.writers = writers
    }

    /// A chosen reader with the sniff that chose it.
    public struct Choice: Sendable {
        /// The reader chosen.
        public let reader: any DocumentReader
        /// What its sniff said.
        public let sniff: SniffResult
        /// Whether the format was given explicitly rather than sniffed.
        public let explicit: Bool
    }

    /// Every format some reader reads.
    public var readableFormats: [Format] { unique(readers.flatMap(\.formats)) }
    /// Every format some writer writes.
    public var writableFormats: [Format] { unique(writers.map(\.format)) }

    /// The writer for a format.
    public func writer(for format: Format) throws(GazetteError) -> any DocumentWriter {
        guard let writer = writers.first(where: { $0.format == format }) else {
            let known = writableFormats.map(\.rawValue).joined(separator: ", ")
            throw GazetteError(.usage, "no writer for format '\(format)'; known: \(known)")
        }
        return writer
    }

    /// Picks the reader for a sample; `file` names the input in errors.
    public func reader(
        for sample: InputSample, explicit: Format? = nil, file: String? = nil
    ) throws(GazetteError) -> Choice {
        if let explicit, !readableFormats.contains(explicit) {
            let known = readableFormats.map(\.rawValue).joined(separator: ", ")
            throw GazetteError(.usage, "no reader for format '\(explicit)'; known: \(known)", file: file)
        }
        if explicit == nil, let binary = BinarySignature.reason(sample.bytes) {
            throw GazetteError(.binaryInput, binary.reason, file: file, byteOffset: binary.byteOffset)
        }
        let candidates = readers.filter { explicit == nil || $0.formats.contains(explicit!) }
        let ranked: [(reader: any DocumentReader, sniff: SniffResult, extensionMatch: Bool)] =
            candidates.map { reader in
                var sniff = reader.sniff(sample)
                if let explicit { sniff.format = explicit }
                return (reader, sniff, reader.fileExtensions.contains(sample.fileExtension))
            }
        let best = ranked.max { lhs, rhs in
            if lhs.sniff.confidence != rhs.sniff.confidence { return lhs.sniff.confidence < rhs.sniff.confidence }
            return !lhs.extensionMatch && rhs.extensionMatch
        }
        guard let best, best.sniff.confidence > .none || explicit != nil else {
            throw GazetteError(.unsupportedFormat, "no reader recognises this input\(Self.explain(ranked.map(\.sniff)))", file: file)
        }
        let rivals = ranked.filter {
            $0.sniff.confidence == best.sniff.confidence && $0.extensionMatch == best.extensionMatch
                && $0.sniff.format != best.sniff.format
        }
        if let rival = rivals.first {
            throw GazetteError(
                .ambiguousFormat,
                "ambiguous format: \(best.sniff.format) (\(best.reader.identity.name)) and "
                    + "\(rival.sniff.format) (\(rival.reader.identity.name)) are equally likely; use --from",
                file: file)
        }
        return Choice(reader: best.reader, sniff: best.sniff, explicit: explicit != nil)
    }

    /// The distinct reasons readers gave for declining, so a refusal says why (e.g. "not GB text").
    private static func explain(_ sniffs: [SniffResult]) -> String {
        var seen = Set<String>()
        let reasons = sniffs.map(\.reason).filter { !$0.isEmpty && seen.insert($0).inserted }
        return reasons.isEmpty ? "" : " (" + reasons.prefix(3).joined(separator: "; ") + ")"
    }

    private func unique(_ formats: [Format]) -> [Format] {
        var seen = Set<Format>()
        return formats.filter { seen.insert($0).inserted }
    }
}
