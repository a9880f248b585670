import Conversion
import Crypto

/// Verifies a bundle laid out exactly as gazette writes it in one pass whose memory does not grow
/// with the bundle: the index and the manifest are spooled to scratch files and walked beside
/// the members (all three are in id order), so no table of documents, manifest lines or entries
/// is held.
///
/// It goes on past damaged payload members (bit rot: a member whose CRC or deflate data fails,
/// where the index still says where the next one starts), keeping only what it reports about them.
/// At anything else not as gazette writes it (a reordered, extra or missing member, a damaged tag
/// file or index, an irregular manifest line) it gives up, and ``VerificationRun``, which holds
/// tables to name every problem, verifies the bundle instead. Each check below mirrors one of
/// ``VerificationRun``'s, and its report must be the one ``VerificationRun`` would give.
final class StreamedVerification {
    /// What the pass found.
    struct Outcome {
        /// Gzip members read intact.
        var members: Int
        /// Documents in the index.
        var documents: Int
        /// Documents with a damaged member.
        var damagedDocuments: Int
        /// The damaged members, in file order.
        var problems: [VerifyReport.Problem]
        /// Each damaged member's path, with the reason and offset the report gives.
        var damage: [String: (reason: String, offset: Int)]
        /// The inflated index, read again to name the documents in the report.
        var index: ScratchFile
    }

    /// Anything not exactly as gazette writes it.
    struct Deviation: Error {}

    /// Documents whose members are checked in parallel between two reads of the index cursor.
    static let batchSize = 4096

    let file: BundleFile
    /// `--quick`: payload digests are not computed, so not compared.
    let quick: Bool
    /// `<bag>/`, which every entry's name must start with.
    var bagPrefix: [UInt8] = []
    /// Gzip members read intact.
    var members = 0
    /// The payload's bytes and files, for Payload-Oxum.
    var payloadBytes = 0
    var payloadFiles = 0
    /// The manifest's lines of each role, in ``BundleFormat/payloadRoles`` order.
    var runs: [ManifestRun] = []
    /// The SHA-256 of the lookup table the index implies, record by record.
    var lookupHasher = SHA256()
    /// What the damaged payload members come to (see ``Outcome``): memory grows with the damage only.
    var problems: [VerifyReport.Problem] = []
    var damage: [String: (reason: String, offset: Int)] = [:]
    var damagedDocuments = 0
    /// The id of the last document counted as damaged (members come document by document).
    var lastDamagedDocument: String?

    init(file: BundleFile, quick: Bool) {
        self.file = file
        self.quick = quick
    }

    /// What the pass found; nil as soon as anything deviates.
    func run() -> Outcome? {
        try? check()
    }

    private func check() throws(Deviation) -> Outcome {
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
            // The order extract requires too: ids ascending, each document's members original, json, html.
            for document in batch {
                guard ExpectedEntries.documentProblem(document, after: previous) == nil else { throw Deviation() }
                previous = LowerHex64.value(document.id)
            }
            position = try checkPayload(batch, from: position)
            documents += batch.count
        }
        try finishManifest()
        try checkTrailingTags(footer, from: position, leading: tags, indexSize: index.size)
        return Outcome(members: members, documents: documents, damagedDocuments: damagedDocuments,
                       problems: problems, damage: damage, index: index)
    }
}
