import Conversion
import Crypto

/// The state of one verification: what the stream held, and what the tag files and index expect.
final class VerificationRun {
    /// An entry read whole from the stream.
    struct Seen {
        var offset: Int
        var size: Int
        /// Kept as 32 bytes, not a hex String: there is one Seen per file of the bundle.
        let digest: SHA256Bytes?

        init(offset: Int, size: Int, digest: SHA256Bytes?) {
            self.offset = offset
            self.size = size
            self.digest = digest
        }

        /// The SHA-256 in hex, nil when not computed (`--quick`).
        var sha256: String? { digest?.hex }
    }

    let file: BundleFile
    let quick: Bool
    /// Whether members may be read at the spans the index gives, when they tile the file.
    let tiled: Bool
    /// An intact member ended where the index says it does not: the spans tile the file but are
    /// not the members' (members moved), so what was read between them is not damage.
    var misaligned = false
    var members = 0
    var problems: [VerifyReport.Problem] = []
    var seen = SeenEntries()
    /// Byte ranges that could not be read, with the problem index describing each.
    var damagedRanges: [(range: Range<Int>, problem: Int)] = []
    /// Paths known to be damaged, with the reason.
    var damagedPaths: [String: (reason: String, offset: Int?)] = [:]
    /// Paths expected but absent; their problems are made when the report is written.
    var missing = MissingEntries()
    var captured: [String: [UInt8]] = [:]
    /// The manifest, parsed when its member is read (nil when absent or malformed); `manifestRead` once one was.
    var manifest: ManifestTable?
    var manifestRead = false
    /// Whether `index-lookup.bin` matched the index, when it was compared as it was read.
    var lookupMatch: Bool?
    var footer: BundleFooter?
    /// Zero bytes after the footer (``BundleFooter/locate(in:)``), and where the footer ends.
    var trailingPadding = 0
    /// Why the last bytes, which are a footer by their first bytes or identifier, are not a
    /// readable one; nil when they are one or look like none (a truncated bundle).
    var footerDamage: String?
    var footerCandidate: (offset: Int, footer: BundleFooter)?
    var index: CheckedIndex?
    /// `index-lookup.bin`, vouched for by the tag manifest, when the index could not be read: the
    /// payload is then checked against it (``adoptLookup()``).
    var lookup: LookupRecords?
    /// The index decoded before the stream to tile the file, and its member's offset; the stream
    /// then hashes that member without keeping its bytes a second time.
    var preloadedIndex: (offset: Int, index: CheckedIndex)?
    var bagName: String?
    var endOfArchive = false

    /// Tag files kept in memory to check them (the payload is only hashed).
    static let capturedPaths: Set<String> = [BundleFormat.bagitPath, BundleFormat.bagInfoPath, BundleFormat.manifestPath,
                                             BundleFormat.tagManifestPath, BundleFormat.lookupPath, BundleFormat.indexPath]
    static let captureLimit = 256 << 20

    init(file: BundleFile, quick: Bool, tiled: Bool = true) {
        self.file = file
        self.quick = quick
        self.tiled = tiled
        (footer, trailingPadding, footerDamage) = Self.locateFooter(in: file)
    }

    func problem(_ kind: VerifyReport.Problem.Kind, _ message: String, path: String? = nil, offset: Int? = nil, id: String? = nil) {
        problems.append(.init(kind: kind, message: message, path: path, offset: offset, documentID: id ?? path.flatMap(Self.documentID)))
    }

    /// The document id in a payload path (`data/json/<id>.json`), or nil.
    static func documentID(_ path: String) -> String? {
        guard path.hasPrefix("data/"), let slash = path.lastIndex(of: "/") else { return nil }
        let name = path[path.index(after: slash)...]
        return String(name.prefix(while: { $0 != "." }))
    }

    // MARK: - The streaming pass

    func stream() throws(GazetteError) {
        if tiled, let bounds = tiledSpans() {
            streamInParallel(bounds)
        } else {
            try streamSequentially()
        }
        reportFooter()
        if !endOfArchive { problem(.structure, "no tar end-of-archive marker") }
    }

    /// Reads member after member; after damage, resynchronises at the next gzip signature.
    private func streamSequentially() throws(GazetteError) {
        let reader = SequentialReader(file)
        // A damaged footer is reported as the footer, not read as a damaged member.
        let end = footer == nil && footerDamage == nil ? file.size : footerStart
        var damageStart: Int?
        var position = 0
        while position < end {
            let check = try MemberCheck.read(reader, at: position, quick: quick, capturing: Self.capturedPaths)
            if apply(check) {
                if let start = damageStart {
                    damagedRanges[damagedRanges.count - 1].range = start..<check.offset
                    problems[damagedRanges[damagedRanges.count - 1].problem].message += "; resynchronised at offset \(check.offset)"
                    damageStart = nil
                }
                position = check.end
                continue
            }
            if damageStart == nil {
                damageStart = check.offset
                recordDamage(check, range: check.offset..<(check.offset + 1))
            }
            guard let next = try reader.nextSignature(from: check.offset + 1), next < end else {
                damagedRanges[damagedRanges.count - 1].range = damageStart!..<end
                problems[damagedRanges[damagedRanges.count - 1].problem].message += "; no readable member after it"
                break
            }
            position = next
        }
    }

    /// When the footer's index accounts for every byte, members are checked on all cores and
    /// applied in file order; a damaged member is exactly its span, so no resynchronisation is needed.
    /// `bounds` are the members' starts and the last one's end (spans tile the file, so 8 bytes a
    /// member instead of a 16-byte range).
    private func streamInParallel(_ bounds: [Int]) {
        let count = bounds.count - 1
        let file = self.file, quick = self.quick
        seen.reserveCapacity(count)  // at most one entry a member
        // The index was decoded before the stream, so the lookup table is compared with it as it is read.
        let capturing = Self.capturedPaths.subtracting([BundleFormat.indexPath, BundleFormat.lookupPath])
        let lookupIndex = preloadedIndex?.index.documents
        // A wide window: members are small (a document's three files are ~16 KB compressed) and a
        // check holds only digests, so threads hand over runs of members instead of waking each other per member.
        OrderedParallel.forEach(count: count, window: 64, transform: { (index: Int) -> MemberCheck in
            MemberCheck.read(file, span: bounds[index]..<bounds[index + 1], quick: quick, capturing: capturing, lookupIndex: lookupIndex)
        }, consume: { (index: Int, check: MemberCheck) in
            var check = check
            if check.outcome == .ok, check.end != bounds[index + 1] {
                misaligned = true
                check.outcome = .badHeader("the member does not end where the index says (\(bounds[index + 1]))")
            }
            if !apply(check) { recordDamage(check, range: bounds[index]..<bounds[index + 1]) }
        })
    }

    /// Every member's start from the index and footer, then the end of the last, when they tile
    /// the file exactly; else nil.
    private func tiledSpans() -> [Int]? {
        guard let footer, footer.index.length <= BundleReader.maximumIndexSize,
              let spooled = try? MemberDecoder.spool(file, span: (footer.index.offset, footer.index.length), limit: BundleReader.maximumIndexSize),
              let decoded = try? CheckedIndex(IndexBytes(file: spooled))
        else { return nil }
        preloadedIndex = (footer.index.offset, decoded)
        var spans = decoded.allSpans.map { $0.offset..<($0.offset + $0.compressedSize) }
        spans += [footer.index, footer.lookup, footer.tagManifest].map { $0.offset..<($0.offset + $0.length) }
        spans.sort { $0.lowerBound < $1.lowerBound }
        var position = 0
        for span in spans {
            guard span.lowerBound == position, span.count > 0 else { return nil }
            position = span.upperBound
        }
        guard position < footerStart, footerStart - position < 4096 else { return nil }
        return spans.map(\.lowerBound) + [position, footerStart]  // the end-of-archive member, then its end
    }

    /// Applies an intact member's entries; returns false when the member is damaged.
    private func apply(_ check: MemberCheck) -> Bool {
        guard check.outcome == .ok else { return false }
        members += 1
        if endOfArchive, !check.entries.isEmpty {
            problem(.structure, "entries after the end-of-archive marker, first \(String(decoding: check.entries[0].header.name, as: UTF8.self))", offset: check.offset)
        }
        for entry in check.entries {
            let path = admit(entry.header, offset: check.offset)
            record(path, Seen(offset: check.offset, size: entry.size, digest: entry.digest))
            // Tag files count only when their member's CRC held.
            keep(entry, as: path)
        }
        noteFooter(at: check.offset, length: check.end - check.offset)
        // A footer is a member with other header bytes (FORMAT.md 2.3); it is checked as a footer.
        if !check.canonicalHeader, !(check.entries.isEmpty && check.end - check.offset == BundleFooter.length) {
            let held = check.entries.first.map { String(decoding: $0.header.name, as: UTF8.self) } ?? (check.endsArchive ? "the end-of-archive marker" : "no entry")
            problem(.structure, "the gzip header of the member holding \(held) is not the fixed bytes FORMAT.md 2.3 gives (its time, XFL or OS byte changed); its data is intact",
                    offset: check.offset)
        }
        if check.endsArchive { endOfArchive = true }
        return true
    }

    /// Describes a damaged member once and marks what it held as damaged.
    private func recordDamage(_ check: MemberCheck, range: Range<Int>) {
        let damage = check.damage
        problem(damage.kind, damage.message, path: damage.path, offset: check.offset)
        damagedRanges.append((range, problems.count - 1))
        for path in damage.paths { damagedPaths[path] = (damage.reason, check.offset) }
    }

    /// Checks an entry's header; returns its bag-relative path.
    private func admit(_ header: TarHeader, offset: Int) -> String {
        let name = String(decoding: header.name, as: UTF8.self)
        if let refusal = EntryPolicy.refusal(header) {
            problem(.unsafeEntry, "\(name): \(refusal)", offset: offset)
        }
        let top = name.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        if bagName == nil { bagName = top }
        // An entry outside the bag keeps its full name, so it is reported as extra, not as a duplicate.
        guard top == bagName else { return name }
        return BundleReader.bagRelative(name) ?? name
    }

    private func record(_ path: String, _ entry: Seen) {
        if !seen.insert(path, entry) {
            problem(.duplicateEntry, "\(path) appears twice (again at offset \(entry.offset))", path: path, offset: entry.offset)
            damagedPaths[path] = ("duplicate entry", entry.offset)
        }
    }
}
