import Conversion
import Crypto

extension BundleReader {
    /// One document's file, found through the lookup table, its SHA-256 checked.
    ///
    /// Cost: a binary search of a few 8-byte reads and one member inflated, whatever the bundle size.
    /// The record found is checked field by field against the file before it is used. Only when
    /// something fails (no such id, no such member, a record that does not fit the file, a member
    /// that does not read as declared) is the whole lookup table checked (``lookupDamage()``), so a
    /// damaged table is reported as damage (exit 2, naming `index-lookup.bin`), not as a missing
    /// document or a gzip bomb, without slowing the usual case.
    public func show(id: String, role: BundleMember.Role) throws(GazetteError) -> [UInt8] {
        var bytes: [UInt8] = []
        try show(id: id, role: role) { piece throws(GazetteError) in bytes += piece }
        return bytes
    }

    /// One document's file handed to `write` in pieces, its SHA-256 checked before the first.
    ///
    /// A file over `streamingAbove` bytes is never held: its member is inflated twice through a
    /// bounded buffer, the first time to check it, the second to hand it out (a 400 MB original
    /// took 800 MB to show, held inflated and again as the tar parser's copy).
    public func show(id: String, role: BundleMember.Role, to write: ([UInt8]) throws(GazetteError) -> Void) throws(GazetteError) {
        try show(id: id, role: role, streamingAbove: Self.streamingThreshold, to: write)
    }

    /// The largest file `show` holds in memory; larger ones are inflated twice instead.
    static let streamingThreshold = 32 << 20

    /// ``show(id:role:to:)`` with the threshold given (tests lower it to stream small members).
    func show(id: String, role: BundleMember.Role, streamingAbove threshold: Int, to write: ([UInt8]) throws(GazetteError) -> Void) throws(GazetteError) {
        guard let key = BundleLookup.idBytes(id.lowercased()) else {
            throw GazetteError(.usage, "'\(id)' is not a document id (16 hex digits)")
        }
        let table = try LookupTable(reader: self)
        let checked: CheckedShow
        do {
            checked = try check(id: id.lowercased(), key: key, role: role, table: table, streamingAbove: threshold)
        } catch {
            if let damage = lookupDamage() { throw damage }
            throw error
        }
        switch checked {
        case .held(let data):
            try write(data)
        case .streamed(let offset, let length, let size):
            // Checked whole a moment ago; the file is open, so only a rewrite in place could differ.
            _ = try MemberDecoder.stream(file, span: (offset, length), limit: MemberDecoder.limit(forFileSize: size)) { piece throws(GazetteError) in
                try write(Array(piece))
            }
        }
    }

    /// A member found and checked: its data, or where it is when it is too large to hold.
    enum CheckedShow {
        case held([UInt8])
        case streamed(offset: Int, length: Int, size: Int)
    }

    private func check(id: String, key: [UInt8], role: BundleMember.Role, table: LookupTable, streamingAbove threshold: Int) throws(GazetteError) -> CheckedShow {
        guard let record = try table.record(for: key) else {
            throw GazetteError(.notFound, "no document \(id) in this bundle", file: path.description)
        }
        guard let slot = BundleLookup.slot(record, role: role) else {
            // Every converted document has a JSON member; a record with only its original is a
            // document kept as original only.
            if role != .original, BundleLookup.slot(record, role: .json) == nil, BundleLookup.slot(record, role: .original) != nil {
                throw notConverted(id: id)
            }
            throw GazetteError(.notFound, "document \(id) has no \(role.rawValue) member in this bundle", file: path.description)
        }
        // Payload members come before index.json (FORMAT.md 2.2). Compared without adding, so no
        // value a damaged record holds can overflow.
        let payloadEnd = footer.index.offset
        guard slot.offset < payloadEnd, slot.length <= payloadEnd - slot.offset else {
            throw GazetteError(.bundleDamaged, "the lookup record of \(id) puts its \(role.rawValue) member outside the payload "
                                   + "(offset \(slot.offset), length \(slot.length))", file: path.description, byteOffset: footer.lookup.offset)
        }
        let expected = role == .original ? "data/original/\(id)." : BundleFormat.memberPath(role: role, id: id, originalExtension: "")
        if slot.size > threshold {
            return try checkStreamed(slot, role: role, expected: expected, id: id)
        }
        let entry: MemberDecoder.Entry
        do {
            entry = try MemberDecoder.entry(try file.read(at: slot.offset, count: slot.length), limit: MemberDecoder.limit(forFileSize: slot.size),
                                            file: path.description, offset: slot.offset)
        } catch {
            // Named: 'gzip CRC mismatch' alone does not say which file of the bundle is damaged.
            var named = error
            named.message = "\(role == .original ? expected + "*" : expected): \(error.message)"
            throw named
        }
        let name = Self.bagRelative(entry.name) ?? ""
        guard role == .original ? name.hasPrefix(expected) : name == expected else {
            throw GazetteError(.bundleDamaged, "lookup for \(id) leads to \(entry.name)", file: path.description, byteOffset: slot.offset)
        }
        guard entry.data.count == slot.size, SHA256Hex.digest(entry.data) == slot.sha256 else {
            throw GazetteError(.bundleDamaged, "\(name): SHA-256 mismatch; nothing printed", file: path.description, byteOffset: slot.offset)
        }
        return .held(entry.data)
    }

    /// The error for JSON or HTML asked of a document kept as original only, with the reason its
    /// conversion failed, read from the index.
    ///
    /// Only this error path reads the index (a byte search for the id, one element decoded), so
    /// `show` of a converted document still reads nothing but the lookup table and one member.
    func notConverted(id: String) -> GazetteError {
        let document = try? scanIndex(try indexBytes()).document(id: id)
        let reason = document?.conversionError.map { " (\($0))" } ?? ""
        return GazetteError(.notConverted, "document \(id) was kept as original only: it could not be converted\(reason); "
                                + "only --as original is available", file: path.description)
    }

    /// Why `index-lookup.bin` is damaged, or nil when it reads whole: its gzip CRC and length, then
    /// its SHA-256 against `tagmanifest-sha256.txt` (when that reads whole).
    ///
    /// Reads the whole table (152 bytes a document), so only show's failure path calls it; the
    /// table is inflated to a scratch file through a bounded buffer, not held (21 MB at 138,000
    /// documents, twice over while inflating, would pass the archive commands' 50 MB).
    func lookupDamage() -> GazetteError? {
        let span = footer.lookup
        func damaged(_ why: String) -> GazetteError {
            GazetteError(.bundleDamaged, "\(BundleFormat.lookupPath) is damaged (\(why)): nothing printed; run gazette archive verify",
                         file: path.description, byteOffset: span.offset)
        }
        let table: ScratchFile
        // Stored blocks: the table is never larger than its member.
        do { table = try MemberDecoder.spool(file, span: (span.offset, span.length), limit: MemberDecoder.limit(forFileSize: span.length)) } catch {
            return damaged(error.message)
        }
        guard table.size % BundleLookup.recordSize == 0 else {
            return damaged("\(table.size) bytes is not a whole number of records")
        }
        guard let tags = try? member(footer.tagManifest, limit: 1 << 20, expecting: BundleFormat.tagManifestPath),
              let listed = BagTags.parseManifest(tags.data)?[BundleFormat.lookupPath]
        else { return nil }
        var hasher = SHA256()
        guard (try? table.forEachChunk { hasher.update(data: $0) }) != nil else { return nil }
        return SHA256Hex.hex(hasher.finalize()) == listed ? nil : damaged("its SHA-256 does not match tagmanifest-sha256.txt")
    }
}
