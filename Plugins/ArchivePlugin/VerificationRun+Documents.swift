import Conversion

extension VerificationRun {
    /// Hands every document's verdict to `body`, in id order: from the index when it was
    /// readable, else from the payload paths. Verdicts are made as they are handed out, so a
    /// bundle's report is never held whole.
    func forEachStatus<E: Error>(_ body: (VerifyReport.DocumentStatus) throws(E) -> Void) throws(E) {
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
        let unverified = manifest?.isEmpty ?? true
        try PayloadGroups(manifest: manifest, seen: seen, damaged: damagedPaths.keys).forEach { (id, paths) throws(E) in
            var verdict = status(id: id, title: nil, originalName: nil, paths: paths, offsets: [:])
            if verdict.status == .good, unverified { verdict.status = .unverified }
            try body(verdict)
        }
    }

    /// How many documents have each verdict (one pass over the verdicts, none kept).
    func statusTally() -> [VerifyReport.DocumentStatus.Status: Int] {
        var tally: [VerifyReport.DocumentStatus.Status: Int] = [:]
        forEachStatus { tally[$0.status, default: 0] += 1 }
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
