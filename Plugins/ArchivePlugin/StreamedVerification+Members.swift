import Conversion
import Crypto

extension StreamedVerification {
    /// The tag files before the payload, as the index lists them.
    struct LeadingTags {
        var end: Int
        var bagInfo: [UInt8]
        var digests: [String: SHA256Bytes]
    }

    /// Reads `bagit.txt`, `bag-info.txt` and `manifest-sha256.txt`, which must be the first three
    /// members and match their index entries; opens the manifest's runs.
    func checkLeadingTags(_ tags: [BundleMember]) throws(Deviation) -> LeadingTags {
        guard ExpectedEntries.tagFilesProblem(tags) == nil else { throw Deviation() }
        var result = LeadingTags(end: 0, bagInfo: [], digests: [:])
        for tag in tags {
            let span = tag.offset..<(tag.offset + tag.compressedSize)
            guard span.lowerBound == result.end, let digest = Self.digest(tag.sha256) else { throw Deviation() }
            let entry = try accept(read(span, capturing: [BundleFormat.bagitPath, BundleFormat.bagInfoPath]),
                                   path: Array(tag.path.utf8), span: span, size: tag.size, digest: digest)
            result.digests[tag.path] = entry.digest
            if tag.path == BundleFormat.bagitPath, entry.capture != BagTags.bagitText { throw Deviation() }
            if tag.path == BundleFormat.bagInfoPath { result.bagInfo = entry.capture ?? [] }
            result.end = span.upperBound
        }
        let manifest = tags[2]
        guard let spooled = try? MemberDecoder.spool(file, span: (manifest.offset, manifest.compressedSize),
                                                     limit: MemberDecoder.limit(forFileSize: manifest.size), expecting: BundleFormat.manifestPath)
        else { throw Deviation() }
        runs = BundleFormat.payloadRoles.map { ManifestRun(spooled, role: $0) }
        return result
    }

    /// Checks a batch of documents' members, on all cores, against the index and the manifest;
    /// returns where the next member must start.
    func checkPayload(_ batch: [BundleDocument], from start: Int) throws(Deviation) -> Int {
        var expected: [(path: [UInt8], size: Int, digest: SHA256Bytes, run: Int, document: String)] = []
        var bounds = [start]
        // Roles, their order and the paths were checked with the ids (ExpectedEntries.documentProblem).
        for document in batch {
            for member in document.members {
                guard let role = BundleFormat.payloadRoles.firstIndex(of: member.role),
                      member.offset == bounds[bounds.count - 1], member.compressedSize > 0,
                      let digest = Self.digest(member.sha256)
                else { throw Deviation() }
                let path = Array(member.path.utf8)
                guard EntryPolicy.unsafeName(bagPrefix + path) == nil else { throw Deviation() }
                expected.append((path, member.size, digest, role, document.id))
                bounds.append(member.offset + member.compressedSize)
            }
        }
        // A member no record can hold: the detailed pass names it.
        guard let records = BundleLookup.encode(batch) else { throw Deviation() }
        lookupHasher.update(data: records)
        let file = self.file, quick = self.quick, spans = bounds
        var deviated = false
        OrderedParallel.forEach(count: expected.count, window: 64, transform: { (index: Int) -> MemberCheck in
            MemberCheck.read(file, span: spans[index]..<spans[index + 1], quick: quick, capturing: [])
        }, consume: { (index: Int, check: MemberCheck) in
            guard !deviated else { return }
            let member = expected[index], span = spans[index]..<spans[index + 1]
            do throws(Deviation) {
                // An intact member ending elsewhere is not damage but a stale index: the detailed pass
                // reads such a bundle member by member (``VerificationRun/misaligned``).
                guard check.outcome != .ok || check.end == span.upperBound else { throw Deviation() }
                let line: (digest: SHA256Bytes, path: ArraySlice<UInt8>)?
                do { line = try runs[member.run].next() } catch { throw Deviation() }
                guard let line, line.path.elementsEqual(member.path) else { throw Deviation() }
                if check.outcome == .ok {
                    let entry = try accept(check, path: member.path, span: span, size: member.size, digest: member.digest)
                    guard entry.digest.map({ $0 == line.digest }) ?? true else { throw Deviation() }
                } else {
                    try recordDamage(check, path: String(decoding: member.path, as: UTF8.self), document: member.document)
                }
                payloadBytes = payloadBytes.addingClamped(member.size)
                payloadFiles += 1
            } catch { deviated = true }
        })
        guard !deviated else { throw Deviation() }
        return bounds[bounds.count - 1]
    }

    /// Keeps what the report says of a damaged payload member, as ``VerificationRun`` words it; a
    /// member that held (or was cut off in) any other entry than its own deviates.
    func recordDamage(_ check: MemberCheck, path: String, document: String) throws(Deviation) {
        let damage = check.damage
        guard damage.paths.allSatisfy({ $0 == path }) else { throw Deviation() }
        problems.append(.init(kind: damage.kind, message: damage.message, path: damage.path, offset: check.offset,
                              documentID: damage.path.flatMap(VerificationRun.documentID)))
        // A member that named no entry is marked unreadable by its span, with the problem's message.
        self.damage[path] = (damage.paths.isEmpty ? "unreadable: \(damage.message)" : damage.reason, check.offset)
        if lastDamagedDocument != document {
            lastDamagedDocument = document
            damagedDocuments += 1
        }
    }

    /// Every manifest line was met by a member: each run is at its end, and no line of another role was passed.
    func finishManifest() throws(Deviation) {
        for run in runs.indices {
            let rest: (digest: SHA256Bytes, path: ArraySlice<UInt8>)?
            do { rest = try runs[run].next() } catch { throw Deviation() }
            guard rest == nil, runs[run].linesRead == payloadFiles else { throw Deviation() }
        }
    }

    /// The index, the lookup table and the tag manifest where the footer puts them, right after
    /// the payload; then the end-of-archive member, right before the footer.
    func checkTrailingTags(_ footer: BundleFooter, from start: Int, leading: LeadingTags, indexSize: Int) throws(Deviation) {
        var digests = leading.digests
        var position = start
        var tagManifest: [UInt8]?
        for (path, span) in [(BundleFormat.indexPath, footer.index), (BundleFormat.lookupPath, footer.lookup),
                             (BundleFormat.tagManifestPath, footer.tagManifest)] {
            let range = span.offset..<(span.offset + span.length)
            guard range.lowerBound == position else { throw Deviation() }
            let entry = try accept(read(range, capturing: [BundleFormat.tagManifestPath]), path: Array(path.utf8), span: range, size: nil, digest: nil)
            if path != BundleFormat.tagManifestPath { digests[path] = entry.digest }
            if path == BundleFormat.indexPath, entry.size != indexSize { throw Deviation() }
            if path == BundleFormat.tagManifestPath { tagManifest = entry.capture }
            position = range.upperBound
        }
        let end = read(position..<(file.size - BundleFooter.length), capturing: [])
        guard end.outcome == .ok, end.canonicalHeader, end.entries.isEmpty, end.endsArchive, end.end == file.size - BundleFooter.length else { throw Deviation() }
        members += 1
        guard digests[BundleFormat.lookupPath] == SHA256Bytes(digest: lookupHasher.finalize()),
              let oxum = BagTags.payloadOxum(leading.bagInfo), oxum.bytes == payloadBytes, oxum.files == payloadFiles,
              let tagManifest, let lines = BagTags.parseManifest(tagManifest), lines.count == digests.count,
              lines.allSatisfy({ path, digest in digests[path]?.hex == digest })
        else { throw Deviation() }
    }

    /// Reads the member at `span`, capturing the named tag files.
    func read(_ span: Range<Int>, capturing: Set<String>) -> MemberCheck {
        MemberCheck.read(file, span: span, quick: quick, capturing: capturing)
    }

    /// The one entry of an intact member that holds exactly `path` (bag-relative) at `span`, with
    /// the expected size and, when both are known, digest.
    func accept(_ check: MemberCheck, path: [UInt8], span: Range<Int>, size: Int?, digest: SHA256Bytes?) throws(Deviation) -> MemberCheck.Entry {
        guard check.outcome == .ok, check.canonicalHeader, check.offset == span.lowerBound, check.end == span.upperBound, !check.endsArchive,
              check.entries.count == 1, let entry = check.entries.first,
              entry.header.name.count == bagPrefix.count + path.count,
              entry.header.name.starts(with: bagPrefix), entry.header.name[bagPrefix.count...].elementsEqual(path),
              EntryPolicy.refusal(entry.header) == nil, size.map({ $0 == entry.size }) ?? true
        else { throw Deviation() }
        if let digest, let actual = entry.digest, actual != digest { throw Deviation() }
        members += 1
        return entry
    }

    /// A digest as gazette writes it (64 lowercase hex digits), else nil.
    static func digest(_ hex: String) -> SHA256Bytes? {
        SHA256Bytes(hex: hex).flatMap { $0.hex == hex ? $0 : nil }
    }
}
