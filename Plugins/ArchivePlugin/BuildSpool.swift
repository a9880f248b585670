import Conversion
import Foundation

/// Every document of a running build, by bundle year: members in one spool file per year, index
/// records in one record spool, each ``SpooledDocument`` in a document spool, and in memory only a
/// 16-byte ``Key`` a document, an id table to find duplicates, and the aliases of duplicates.
///
/// Why: memory must not grow with the corpus beyond a few small numbers a document (peak RSS
/// under 200 MB whatever the number of documents); everything else goes to disk.
final class BuildSpool {
    /// A document's id and where it is in the document spool: what a bundle is sorted by.
    struct Key {
        /// The id as a number (see ``SpooledDocument/id``).
        var id: UInt64
        /// Its position in the document spool, in ``SpooledDocument/encodedSize`` records.
        var number: UInt32
    }

    /// One bundle's spool file, its documents and its payload totals; a class so appending never
    /// copies the list.
    final class Year {
        let file: ScratchFile
        /// The documents in input order (the assembler sorts them by id).
        var keys: [Key] = []
        /// Bytes and count of the payload files, for `bag-info.txt`'s Payload-Oxum.
        var payload = (bytes: 0, files: 0)
        init(file: ScratchFile) { self.file = file }
    }

    /// What adding a document did.
    enum Added {
        case stored
        /// The same bytes as a document already spooled: recorded as its alias, in its year.
        case duplicate(year: Int?)
        /// A different file with the same id.
        case collision
    }

    private(set) var years: [Int?: Year] = [:]
    private let records: ScratchFile
    private let documents: ScratchFile
    private var count: UInt32 = 0
    /// Each id spooled so far and its document's number (a `UInt32` value: 4 bytes less a document).
    private var seen: [UInt64: UInt32] = [:]
    private var aliases: [UInt64: [BundleAlias]] = [:]
    private let encoder = BundleIndex.encoder()
    private let scratch: (String, Int?) throws(GazetteError) -> ScratchFile

    /// `scratch(kind, year)` creates a scratch file beside the output.
    init(scratch: @escaping (String, Int?) throws(GazetteError) -> ScratchFile) throws(GazetteError) {
        self.scratch = scratch
        records = try scratch("records", nil)
        documents = try scratch("documents", nil)
    }

    /// Spools a prepared document, or records it as an alias of the first with the same bytes.
    func add(_ prepared: PreparedDocument) throws(GazetteError) -> Added {
        guard let id = LowerHex64.value(prepared.record.id), let sha256 = SHA256Bytes(hex: prepared.sha256) else {
            throw GazetteError(.internal, "document id \(prepared.record.id) is not 16 hex digits")
        }
        if let number = seen[id] {
            let first = try document(Key(id: id, number: number))
            guard first.sha256 == sha256 else { return .collision }
            aliases[id, default: []].append(BundleAlias(originalName: prepared.record.originalName,
                                                        originalNameHex: prepared.record.originalNameHex, sourcePath: prepared.record.sourcePath))
            return .duplicate(year: first.bundleYear)
        }
        guard count < UInt32.max else { throw GazetteError(.internal, "more than \(UInt32.max) documents in one build") }
        if years[prepared.bundleYear] == nil { years[prepared.bundleYear] = Year(file: try scratch("spool", prepared.bundleYear)) }
        let year = years[prepared.bundleYear]!
        let encoded: Data
        do { encoded = try encoder.encode(prepared.record) } catch {
            throw GazetteError(.internal, "cannot encode the index record of \(prepared.record.id): \(error)")
        }
        var document = SpooledDocument(id: id, sha256: sha256, bundleYear: prepared.bundleYear, recordSpan: (try records.append(encoded), encoded.count),
                                       originalExtension: BundleFormat.originalExtension(format: prepared.record.format ?? ""))
        for member in prepared.members {
            let offset = year.file.size
            switch member.gzip {
            case .bytes(let bytes): try year.file.append(bytes)
            case .spooled(let file): try year.file.append(from: file, at: 0, count: file.size)
            }
            let spooled = SpooledDocument.Member(spoolOffset: offset, length: member.gzip.count,
                                                 size: member.size, digest: SHA256Bytes(hex: member.sha256)!)
            switch member.role {
            case .original: document.original = spooled
            case .json: document.json = spooled
            case .html: document.html = spooled
            case .tag: break
            }
        }
        try documents.append(document.encoded)
        seen[id] = count
        year.keys.append(Key(id: id, number: count))
        year.payload = (year.payload.bytes + document.payload.bytes, year.payload.files + document.payload.files)
        count += 1
        return .stored
    }

    /// Takes one year's spool out (the id table goes with the first: assembling needs no lookups).
    func take(_ year: Int?) -> Year? {
        seen = [:]
        return years.removeValue(forKey: year)
    }

    /// A document as spooled.
    func document(_ key: Key) throws(GazetteError) -> SpooledDocument {
        let size = SpooledDocument.encodedSize
        guard let document = SpooledDocument(encoded: try documents.read(at: Int(key.number) * size, count: size)), document.id == key.id else {
            throw GazetteError(.internal, "cannot read back spooled document \(LowerHex64.text(key.id))")
        }
        return document
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
