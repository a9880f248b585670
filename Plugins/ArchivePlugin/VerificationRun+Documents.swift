import Conversion

extension VerificationRun {
    /// Every document's verdict: from the index when it was readable, else from the payload paths.
    func documentStatuses() -> [VerifyReport.DocumentStatus] {
        if let index {
            return index.documents.map { document in
                let names = index.names(of: document)
                return status(id: document.id, title: names?.title, originalName: names?.originalName,
                       paths: document.members.map(\.path), offsets: Dictionary(uniqueKeysWithValues: document.members.map { ($0.path, $0.offset) }))
            }
        }
        let unverified = manifest?.isEmpty ?? true
        return PayloadGroups(manifest: manifest, seen: seen, damaged: damagedPaths.keys).map { id, paths in
            var verdict = status(id: id, title: nil, originalName: nil, paths: paths, offsets: [:])
            if verdict.status == .good, unverified { verdict.status = .unverified }
            return verdict
        }
    }

    /// Frees the entries seen and the captured tag files once the index names the documents: the
    /// verdicts do not need them, and the report's statuses, built next, grow with the bundle too.
    func releaseCheckedEntries() {
        guard index != nil else { return }
        seen = SeenEntries()
        captured = [:]
        manifest = nil
    }

    private func status(id: String, title: String?, originalName: String?, paths: [String], offsets: [String: Int]) -> VerifyReport.DocumentStatus {
        var result = VerifyReport.DocumentStatus(id: id, title: title, originalName: originalName, status: .good, offset: nil, problems: [])
        for path in paths {
            if let damage = damagedPaths[path] {
                result.status = .damaged
                result.problems.append("\(path): \(damage.reason)")
                result.offset = result.offset ?? damage.offset ?? offsets[path]
            } else if let missing = missingPaths[path] {
                if result.status == .good { result.status = .missing }
                result.problems.append(missing)
                result.offset = result.offset ?? offsets[path]
            }
        }
        return result
    }
}
