/// Compares `index-lookup.bin` with verify's compact index as the member is inflated, record by
/// record, so the table (152 bytes a document) is never held whole.
///
/// The outcome is exactly ``BundleLookup/matches(_:_:)`` on the bytes verify would have captured,
/// including the capture's cap: a piece that would take them past ``VerificationRun/captureLimit``
/// is left out, as the capture left it out.
final class LookupComparison {
    private let documents: [CheckedDocument]
    /// Bytes taken so far (as the capture would have kept them).
    private var received = 0
    /// Records found equal so far.
    private var compared = 0
    /// The bytes of the record being filled.
    private var pending: [UInt8] = []
    private var equal = true

    /// Compares against `documents`, in index order.
    init(documents: [CheckedDocument]) {
        self.documents = documents
        pending.reserveCapacity(BundleLookup.recordSize)
    }

    /// Takes the next piece of the table's data.
    func feed(_ piece: UnsafeRawBufferPointer) {
        guard received + piece.count <= VerificationRun.captureLimit else { return }
        received += piece.count
        guard equal else { return }
        for byte in piece {
            pending.append(byte)
            if pending.count == BundleLookup.recordSize { compareRecord() }
            guard equal else { return }
        }
    }

    /// Whether the whole table equals the index's records.
    var matches: Bool {
        equal && received == documents.count * BundleLookup.recordSize
    }

    private func compareRecord() {
        defer { pending.removeAll(keepingCapacity: true) }
        guard compared < documents.count, let record = BundleLookup.encode(CollectionOfOne(documents[compared])),
              pending.elementsEqual(record) else {
            equal = false
            return
        }
        compared += 1
    }
}
