import Conversion

extension VerificationRun {
    /// Hands every document's verdict to `body`, in id order: from the index when it was
    /// readable, else from the payload paths. Verdicts are made as they are handed out, so a
    /// bundle's report is never held whole. Without the index, titles and original names are read
    /// from each document's JSON member when the lookup table vouches for it, unless `named` is false.
    func forEachStatus<E: Error>(named: Bool = true, _ body: (VerifyReport.DocumentStatus) throws(E) -> Void) throws(E) {
        if let index {
            for document in index.documents {
                let names = index.names(of: document)
                var offsets: [String: Int] = [:]
                for member in document.members { offsets[member.path] = member.offset }
                try body(status(id: document.id, title: names?.title, originalName: names?.originalName,
                                paths: document.members.map(\.path), offsets: offsets))
            }
            return
        }
        // A document the lookup table lists was checked against it (checkPayload), manifest or not.
        let unverified = manifest?.isEmpty ?? true
        let groups = PayloadGroups(manifest: manifest, seen: seen, damaged: damagedPaths.keys, listed: lookupKeys())
        try groups.forEach { (id, paths) throws(E) in
            let listed = lookup != nil ? LowerHex64.value(id).flatMap { lookup?.position(of: $0) } : nil
            var offsets: [String: Int] = [:]
            if listed != nil { for path in paths { offsets[path] = lookupSlot(PackedPath(path))?.offset } }
            let names = named && listed != nil ? LowerHex64.value(id).flatMap(namesFromJSONMember) : nil
            var verdict = status(id: id, title: names?.title, originalName: names?.originalName, paths: paths, offsets: offsets)
            if verdict.status == .good, unverified, listed == nil { verdict.status = .unverified }
            try body(verdict)
        }
    }

    /// Document `id`'s title and original name from its JSON member (`metadata.title`,
    /// `provenance.sourceName`), when that member was read intact and checked against the lookup
    /// table; else nil. Read where it was found: a moved member keeps its bytes, so its length.
    func namesFromJSONMember(id: UInt64) -> DocumentNames? {
        guard let slot = lookup?.slot(id: id, role: .json) else { return nil }
        let key = lookupKey(id: id, role: .json)
        guard let entry = seen[key: key], entry.size == slot.size, damagedPaths[key.path] == nil,
              let bytes = try? file.read(at: entry.offset, count: slot.length),
              let member = try? MemberDecoder.entry(bytes, limit: MemberDecoder.limit(forFileSize: slot.size), file: "", offset: entry.offset),
              member.data.count == slot.size
        else { return nil }
        return DocumentNames.decode(jsonDocument: member.data)
    }

    /// How many documents have each verdict (one pass over the verdicts, none kept).
    func statusTally() -> [VerifyReport.DocumentStatus.Status: Int] {
        var tally: [VerifyReport.DocumentStatus.Status: Int] = [:]
        forEachStatus(named: false) { tally[$0.status, default: 0] += 1 }
        return tally
    }

    /// Frees what the verdicts do not need once the checks are done: the captured tag files and,
    /// when the index names the documents, the entries seen and the manifest.
    func releaseCheckedEntries() {
        captured = [:]
        guard index != nil else { return }
        seen = SeenEntries()
        manifest = nil
    }

    private func status(id: String, title: String?, originalName: String?, paths: [String], offsets: [String: Int]) -> VerifyReport.DocumentStatus {
        var result = VerifyReport.DocumentStatus(id: id, title: title, originalName: originalName, status: .good, offset: nil, problems: [])
        for path in paths {
            if let damage = damagedPaths[path] {
                result.status = .damaged
                result.problems.append("\(path): \(damage.reason)")
                result.offset = result.offset ?? damage.offset ?? offsets[path]
            } else if !missing.isEmpty, let message = missing.message(for: path) {
                if result.status == .good { result.status = .missing }
                result.problems.append(message)
                result.offset = result.offset ?? offsets[path]
            }
        }
        return result
    }
}
