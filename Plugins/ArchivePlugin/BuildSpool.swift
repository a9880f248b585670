import Conversion
import Foundation

/// Every document of a running build, by bundle year: members in one spool file per year, index
/// records in one record spool, and in memory only a fixed-size ``SpooledDocument`` per document,
/// an id table to find duplicates, and the aliases of duplicates.
///
/// Why: memory must not grow with the corpus beyond small fixed-size records (peak RSS under
/// 200 MB whatever the number of documents); everything with text in it goes to disk.
final class BuildSpool {
    /// One bundle's spool file and its documents; a class so appending never copies the list.
    final class Year {
        let file: ScratchFile
        var documents: [SpooledDocument] = []
        init(file: ScratchFile) { self.file = file }
    }

    /// What adding a document did.
    enum Added {
        case stored
        /// The same bytes as a document already spooled for this year: recorded as its alias.
        case duplicate(year: Int?)
        /// A different file with the same id.
        case collision
    }

    private(set) var years: [Int?: Year] = [:]
    private let records: ScratchFile
    private var seen: [UInt64: (year: Int?, position: Int)] = [:]
    private var aliases: [UInt64: [BundleAlias]] = [:]
    private let encoder = BundleIndex.encoder()
    private let scratch: (String, Int?) throws(GazetteError) -> ScratchFile

    /// `scratch(kind, year)` creates a scratch file beside the output.
    init(scratch: @escaping (String, Int?) throws(GazetteError) -> ScratchFile) throws(GazetteError) {
        self.scratch = scratch
        records = try scratch("records", nil)
    }

    /// Spools a prepared document, or records it as an alias of the first with the same bytes.
    func add(_ prepared: PreparedDocument) throws(GazetteError) -> Added {
        guard let id = LowerHex64.value(prepared.record.id), let sha256 = SHA256Bytes(hex: prepared.sha256) else {
            throw GazetteError(.internal, "document id \(prepared.record.id) is not 16 hex digits")
        }
        if let first = seen[id] {
            guard years[first.year]!.documents[first.position].sha256 == sha256 else { return .collision }
            aliases[id, default: []].append(BundleAlias(originalName: prepared.record.originalName,
                                                        originalNameHex: prepared.record.originalNameHex, sourcePath: prepared.record.sourcePath))
            return .duplicate(year: first.year)
        }
        if years[prepared.bundleYear] == nil { years[prepared.bundleYear] = Year(file: try scratch("spool", prepared.bundleYear)) }
        let year = years[prepared.bundleYear]!
        let encoded: Data
        do { encoded = try encoder.encode(prepared.record) } catch {
            throw GazetteError(.internal, "cannot encode the index record of \(prepared.record.id): \(error)")
        }
        var document = SpooledDocument(id: id, sha256: sha256, recordSpan: (try records.append(encoded), encoded.count),
                                       originalExtension: BundleFormat.originalExtension(format: prepared.record.format ?? ""))
        for member in prepared.members {
            let spooled = SpooledDocument.Member(spoolOffset: try year.file.append(member.gzip), length: member.gzip.count,
                                                 size: member.size, digest: SHA256Bytes(hex: member.sha256)!)
            switch member.role {
            case .original: document.original = spooled
            case .json: document.json = spooled
            case .html: document.html = spooled
            case .tag: break
            }
        }
        seen[id] = (prepared.bundleYear, year.documents.count)
        year.documents.append(document)
        return .stored
    }

    /// Takes one year's spool out (the id table goes with the first: assembling needs no lookups).
    func take(_ year: Int?) -> Year? {
        seen = [:]
        return years.removeValue(forKey: year)
    }

    /// A document's index record as spooled, with its aliases; its members are the assembler's.
    func record(of document: SpooledDocument) throws(GazetteError) -> BundleDocument {
        let bytes = try records.read(at: document.recordSpan.offset, count: document.recordSpan.length)
        do {
            var record = try IndexElementDecoder.decode(bytes)
            record.aliases = aliases[document.id] ?? []
            return record
        } catch {
            throw GazetteError(.internal, "cannot read back the index record of \(document.idText): \(error)")
        }
    }
}
