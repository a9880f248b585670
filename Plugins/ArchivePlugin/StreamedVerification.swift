import Conversion
import Crypto

/// Verifies a bundle laid out exactly as gazette writes it in one pass whose memory does not grow
/// with the bundle: the index and the manifest are spooled to scratch files and walked beside
/// the members (all three are in id order), so no table of documents, manifest lines or entries
/// is held.
///
/// It answers only "everything holds": at the first thing that is not as gazette writes it
/// (damage, a reordered or extra member, an irregular manifest line) it gives up, and
/// ``VerificationRun``, which holds tables to name every problem, verifies the bundle instead.
/// So its "intact" must imply that ``VerificationRun`` finds no problem; each check below mirrors one of its checks.
final class StreamedVerification {
    /// What the pass over an intact bundle counted.
    struct Intact {
        /// Gzip members read.
        var members: Int
        /// Documents in the index.
        var documents: Int
        /// The inflated index, read again to name the documents in the report.
        var index: ScratchFile
    }

    /// Anything not exactly as gazette writes it.
    struct Deviation: Error {}

    /// Documents whose members are checked in parallel between two reads of the index cursor.
    static let batchSize = 4096

    let file: BundleFile
    let quick: Bool
    var bagPrefix: [UInt8] = []
    var members = 0
    var payloadBytes = 0
    var payloadFiles = 0
    /// The manifest's lines of each role, in ``BundleLookup/roles`` order.
    var runs: [ManifestRun] = []
    /// The SHA-256 of the lookup table the index implies, record by record.
    var lookupHasher = SHA256()

    init(file: BundleFile, quick: Bool) {
        self.file = file
        self.quick = quick
    }

    /// The counts of an intact bundle; nil as soon as anything deviates.
    func run() -> Intact? {
        try? check()
    }

    private func check() throws(Deviation) -> Intact {
        guard let tail = try? file.read(at: max(0, file.size - BundleFooter.length), count: BundleFooter.length),
              let footer = try? BundleFooter.decode(tail, fileSize: file.size),
              footer.index.length <= BundleReader.maximumIndexSize,
              let index = try? MemberDecoder.spool(file, span: (footer.index.offset, footer.index.length),
                                                   limit: BundleReader.maximumIndexSize, expecting: BundleFormat.indexPath),
              let scanner = try? IndexScanner(IndexBytes(file: index))
        else { throw Deviation() }
        let bundle = scanner.header.bundle
        bagPrefix = Array((bundle + "/").utf8)
        guard !bundle.contains("/"), EntryPolicy.unsafeName(bagPrefix + [UInt8(ascii: "x")]) == nil else { throw Deviation() }
        let tags = try checkLeadingTags(scanner.header.tagFiles)
        var position = tags.end
        var cursor = IndexCursor(scanner)
        var documents = 0
        var previous: UInt64?
        while true {
            var batch: [BundleDocument] = []
            batch.reserveCapacity(Self.batchSize)
            do throws(IndexScanner.Malformed) {
                while batch.count < Self.batchSize, let (document, _) = try cursor.next() { batch.append(document) }
            } catch { throw Deviation() }
            guard !batch.isEmpty else { break }
            for document in batch {
                guard let id = LowerHex64.value(document.id), previous.map({ $0 < id }) ?? true else { throw Deviation() }
                previous = id
            }
            position = try checkPayload(batch, from: position)
            documents += batch.count
        }
        try finishManifest()
        try checkTrailingTags(footer, from: position, leading: tags, indexSize: index.size)
        return Intact(members: members, documents: documents, index: index)
    }
}
