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
        /// The member's offset in the index, or -1 when the index does not list it.
        let indexOffset: Int
        let inManifest: Bool
        let inIndex: Bool
    }

    private var records: [Record] = []

    /// True when nothing is missing.
    var isEmpty: Bool { records.isEmpty }

    /// The number of missing entries.
    var count: Int { records.count }

    /// Records a missing entry; keys must come in ``PackedPath/precedes(_:_:)`` order.
    mutating func append(_ key: PackedPath, inManifest: Bool, indexOffset: Int?) {
        records.append(Record(key: key, indexOffset: indexOffset ?? -1, inManifest: inManifest, inIndex: indexOffset != nil))
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
                                          offset: record.indexOffset < 0 ? nil : record.indexOffset,
                                          documentID: VerificationRun.documentID(path)))
        }
    }

    private static func message(_ record: Record, path: String) -> String {
        let listedIn = [record.inManifest ? "the manifest" : nil, record.inIndex ? "the index" : nil].compactMap { $0 }
        return "\(path) is listed in \(listedIn.joined(separator: " and ")) but not in the bundle"
    }
}
