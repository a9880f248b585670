import Conversion
import Crypto

/// What one gzip member of a bundle holds and whether it is intact, read without touching any
/// shared state, so members can be checked on several threads and applied in order.
struct MemberCheck: Sendable {
    /// One whole entry read from the member.
    struct Entry: Sendable {
        var header: TarHeader
        var size: Int
        /// The SHA-256 of the entry's data, nil when not computed (`--quick`): bytes, because
        /// turning every digest into hex and back was ~6% of verify's CPU.
        var digest: SHA256Bytes?
        var capture: [UInt8]?
        /// For `index-lookup.bin` when compared as it was read: whether it matches the index.
        var lookupMatches: Bool?
    }

    /// Where the member starts.
    var offset: Int
    /// Where reading stopped: the end of the member when it is intact.
    var end: Int
    var outcome: MemberStream.Outcome
    /// Entries complete in this member.
    var entries: [Entry] = []
    /// The name of an entry cut off by damage.
    var partialName: String?
    /// A tar-level error, when the member's data is not a well-formed entry.
    var tarError: String?
    /// True when the member holds the end-of-archive marker.
    var endsArchive = false
    /// False when the member's gzip header is not FORMAT.md 2.3's fixed bytes.
    var canonicalHeader = true

    /// Reads the member that should fill `span` of `file` through a buffer sized to it; a read that
    /// fails (the file cannot be read) is a member with no gzip header there, so the caller reports
    /// it like any other damage instead of stopping.
    static func read(_ file: BundleFile, span: Range<Int>, quick: Bool, capturing: Set<String>,
                     lookupIndex: [CheckedDocument]? = nil) -> MemberCheck {
        let reader = SequentialReader(file, from: span.lowerBound, capacity: max(0, span.count) + 64)
        do throws(GazetteError) {
            return try read(reader, at: span.lowerBound, quick: quick, capturing: capturing, lookupIndex: lookupIndex)
        } catch {
            return MemberCheck(offset: span.lowerBound, end: span.lowerBound, outcome: .badHeader(error.message))
        }
    }

    /// Reads the member at `offset`; tag files named in `capturing` are kept, those in `hashing` always
    /// hashed, and payload files are hashed unless `quick`. With `lookupIndex`, `index-lookup.bin`
    /// is compared with it as it is read (``LookupComparison``) instead of being captured.
    static func read(_ reader: SequentialReader, at offset: Int, quick: Bool, capturing: Set<String>,
                     hashing: Set<String> = VerificationRun.capturedPaths,
                     lookupIndex: [CheckedDocument]? = nil) throws(GazetteError) -> MemberCheck {
        reader.seek(to: offset)
        var check = MemberCheck(offset: offset, end: offset, outcome: .ok)
        var current: (header: TarHeader, size: Int, hasher: SHA256?, capture: [UInt8]?, comparison: LookupComparison?)?
        let parser = TarStreamParser(handlers: .init(
            entry: { header, _ in
                let path = BundleReader.bagRelative(String(decoding: header.name, as: UTF8.self)) ?? ""
                let captured = capturing.contains(path)
                // Reserved at the declared size: grown by doubling, the manifest's and the lookup
                // table's buffers (~0.3 and 0.15 KB a document) were up to twice that, and held
                // the old copy beside the new one while growing.
                var capture: [UInt8]?
                if captured { capture = []; capture!.reserveCapacity(min(max(0, header.size), VerificationRun.captureLimit)) }
                let comparison = !captured && path == BundleFormat.lookupPath ? lookupIndex.map(LookupComparison.init) : nil
                current = (header, 0, !quick || captured || hashing.contains(path) ? SHA256() : nil, capture, comparison)
            },
            data: { piece in
                guard current != nil else { return }
                current!.size += piece.count
                current!.hasher?.update(bufferPointer: piece)
                if current!.capture != nil, current!.capture!.count + piece.count <= VerificationRun.captureLimit {
                    current!.capture!.append(contentsOf: piece)
                }
                current!.comparison?.feed(piece)
            },
            entryEnd: {
                guard let entry = current else { return }
                check.entries.append(Entry(header: entry.header, size: entry.size,
                                           digest: entry.hasher.map { SHA256Bytes(digest: $0.finalize()) }, capture: entry.capture,
                                           lookupMatches: entry.comparison?.matches))
                current = nil
            }))
        parser.memberOffset = offset
        check.outcome = try MemberStream.read(reader, header: { check.canonicalHeader = $0.isCanonical }, sink: { piece in
            do throws(TarHeader.ParseError) { try parser.feed(piece); return true } catch {
                check.tarError = error.message
                return false
            }
        })
        if check.outcome == .ok, !parser.atBoundary {
            check.outcome = .stopped
            check.tarError = "the member ends inside a tar entry"
        }
        check.partialName = current.map { String(decoding: $0.header.name, as: UTF8.self) }
        check.endsArchive = parser.ended
        check.end = reader.position
        return check
    }
}
