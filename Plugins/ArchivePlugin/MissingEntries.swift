/// The entries the manifest or the index lists that the bundle lacks, as packed keys in the
/// order verify meets them (``PackedPath/precedes(_:_:)``); their problems and messages are made
/// only when the report is written.
///
/// Why: a truncated bundle lacks most of its entries. A problem, a message and a path String
/// each, held from the check to the report, were ~1 KB a missing document (~145 MB at 61,000
/// missing of 67,765); a record here is 40 bytes.
struct MissingEntries {
    private struct Record {
        let key: PackedPath
        /// The member's offset in the index (else in the lookup table), or -1 when neither lists it.
        let offset: Int
        let inManifest: Bool
        let inIndex: Bool
        let inLookup: Bool
    }

    private var records: [Record] = []

    /// True when nothing is missing.
    var isEmpty: Bool { records.isEmpty }

    /// The number of missing entries.
    var count: Int { records.count }

    /// Records a missing entry; keys must come in ``PackedPath/precedes(_:_:)`` order.
    /// `lookupOffset` is given when `index-lookup.bin` stands in for an unreadable index.
    mutating func append(_ key: PackedPath, inManifest: Bool, indexOffset: Int?, lookupOffset: Int? = nil) {
        records.append(Record(key: key, offset: indexOffset ?? lookupOffset ?? -1, inManifest: inManifest,
                              inIndex: indexOffset != nil, inLookup: lookupOffset != nil))
    }

    /// The message for `path` when it is missing, else nil.
    func message(for path: String) -> String? {
        let key = PackedPath(path)
        let low = records.partitionPoint { PackedPath.precedes($0.key, key) }
        guard low < records.count, records[low].key == key else { return nil }
        return Self.message(records[low], path: path)
    }

    /// Hands every missing entry's problem to `body`, in path order.
    func forEachProblem<E: Error>(_ body: (VerifyReport.Problem) throws(E) -> Void) throws(E) {
        for record in records {
            let path = record.key.path
            try body(VerifyReport.Problem(kind: .missingEntry, message: Self.message(record, path: path), path: path,
                                          offset: record.offset < 0 ? nil : record.offset,
                                          documentID: VerificationRun.documentID(path)))
        }
    }

    private static func message(_ record: Record, path: String) -> String {
        let listedIn = [record.inManifest ? "the manifest" : nil, record.inIndex ? "the index" : nil,
                        record.inLookup ? BundleFormat.lookupPath : nil].compactMap { $0 }
        return "\(path) is listed in \(listedIn.joined(separator: " and ")) but not in the bundle"
    }
}
