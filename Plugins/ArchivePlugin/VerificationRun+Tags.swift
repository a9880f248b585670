import Conversion

extension VerificationRun {
    /// Checks bagit.txt, bag-info.txt's Payload-Oxum, the tag manifest, the index's tag entries and the lookup table.
    func checkTags() {
        if let bagit = captured[BundleFormat.bagitPath] {
            if bagit != BagTags.bagitText { damage(BundleFormat.bagitPath, .badTagFile, "not a BagIt 1.0 declaration", offset: seen[BundleFormat.bagitPath]?.offset ?? 0) }
        } else if damagedPaths[BundleFormat.bagitPath] == nil {
            problem(.missingEntry, "bagit.txt is missing", path: BundleFormat.bagitPath)
        }
        checkOxum()
        if let tags = captured[BundleFormat.tagManifestPath] {
            if let lines = BagTags.parseManifest(tags) {
                let required = [BundleFormat.bagitPath, BundleFormat.bagInfoPath, BundleFormat.manifestPath,
                                BundleFormat.indexPath, BundleFormat.lookupPath]
                for path in required where lines[path] == nil {
                    problem(.badTagFile, "tagmanifest-sha256.txt does not list \(path)", path: BundleFormat.tagManifestPath)
                }
                for (path, digest) in lines.sorted(by: { $0.key < $1.key }) {
                    guard let entry = seen[path] else {
                        if damagedPaths[path] == nil { problem(.missingEntry, "\(path) is listed in tagmanifest-sha256.txt but missing", path: path) }
                        continue
                    }
                    if let actual = entry.sha256, actual != digest {
                        damage(path, .checksumMismatch, "SHA-256 does not match tagmanifest-sha256.txt", offset: entry.offset)
                    }
                }
            } else {
                damage(BundleFormat.tagManifestPath, .badTagFile, "malformed tag manifest", offset: seen[BundleFormat.tagManifestPath]?.offset ?? 0)
            }
        } else if damagedPaths[BundleFormat.tagManifestPath] == nil {
            problem(.missingEntry, "tagmanifest-sha256.txt is missing", path: BundleFormat.tagManifestPath)
        }
        guard let index else { return }
        for member in index.tagFiles {
            guard let entry = seen[member.path] else { continue }
            if entry.offset != member.offset || entry.size != member.size || (entry.sha256 != nil && entry.sha256 != member.sha256) {
                damage(member.path, .indexMismatch, "differs from its index entry", offset: entry.offset)
            }
        }
        let lookupMatches = captured[BundleFormat.lookupPath].map { BundleLookup.matches($0, index.documents) } ?? lookupMatch
        if lookupMatches == false {
            damage(BundleFormat.lookupPath, .indexMismatch, "the lookup table disagrees with index.json" + Self.unfitting(index),
                   offset: seen[BundleFormat.lookupPath]?.offset ?? 0)
        }
    }

    private func checkOxum() {
        guard let info = captured[BundleFormat.bagInfoPath] else {
            if damagedPaths[BundleFormat.bagInfoPath] == nil { problem(.missingEntry, "bag-info.txt is missing", path: BundleFormat.bagInfoPath) }
            return
        }
        guard let (bytes, count) = BagTags.payloadOxum(info) else {
            damage(BundleFormat.bagInfoPath, .badTagFile, "no valid Payload-Oxum", offset: seen[BundleFormat.bagInfoPath]?.offset ?? 0)
            return
        }
        // Compared with the index (or, without one, an undamaged stream), so damage elsewhere is not reported twice.
        // Summed in place: an array of every member (or of every size) is tens of MB at the peak.
        var total = 0, files = 0
        if let index {
            for document in index.documents { for member in document.members { total = total.addingClamped(member.size); files += 1 } }
        } else if let (bytes, count) = lookupOxum() {
            (total, files) = (bytes, count)
        } else if damagedRanges.isEmpty {
            seen.forEach { path, entry in if path.hasPrefix("data/") { total = total.addingClamped(entry.size); files += 1 } }
        } else { return }
        if bytes != total || count != files {
            problem(.badTagFile, "Payload-Oxum says \(bytes).\(count) but the payload is \(total).\(files)", path: BundleFormat.bagInfoPath)
        }
    }

    /// Names the first member whose length or size no lookup record holds (so no table can agree
    /// with the index), or "".
    private static func unfitting(_ index: CheckedIndex) -> String {
        for document in index.documents {
            for member in document.members {
                for (field, value) in [("size", member.size), ("compressed size", member.compressedSize)] where !BundleLookup.fits(value) {
                    return "; \(member.path)'s \(field) \(value) does not fit a lookup record (at most \(BundleLookup.maximumField)): show cannot read it"
                }
            }
        }
        return ""
    }
}
