import Conversion

extension VerificationRun {
    /// Decodes the index read in the stream and checks the footer points at it.
    func locateIndex() {
        if let bytes = captured.removeValue(forKey: BundleFormat.indexPath) {
            do throws(IndexScanner.Malformed) {
                index = try CheckedIndex(bytes)
            } catch {
                problem(.badTagFile, "index.json is malformed at byte \(error.offset) of the index: \(error.reason)",
                        path: BundleFormat.indexPath, offset: seen[BundleFormat.indexPath]?.offset)
                return
            }
        } else if let preloaded = preloadedIndex, seen[BundleFormat.indexPath]?.offset == preloaded.offset,
                  damagedPaths[BundleFormat.indexPath] == nil {
            // The same member, read intact by the stream: its bytes are the ones decoded before it.
            index = preloaded.index
        } else {
            if damagedPaths[BundleFormat.indexPath] == nil {
                problem(.missingEntry, "index.json is missing: documents are named by id only", path: BundleFormat.indexPath)
            }
            return
        }
        preloadedIndex = nil
        if let index, let bagName, index.bundle != bagName {
            problem(.indexMismatch, "index names bag \(index.bundle) but the entries are in \(bagName)", path: BundleFormat.indexPath)
        }
        guard let footer else { return }
        for (path, span) in [(BundleFormat.indexPath, footer.index), (BundleFormat.lookupPath, footer.lookup),
                             (BundleFormat.tagManifestPath, footer.tagManifest)] {
            if let entry = seen[path], entry.offset != span.offset {
                problem(.footer, "the footer locates \(path) at offset \(span.offset) but it is at \(entry.offset)", path: path, offset: span.offset)
            }
        }
    }

    /// Marks every indexed member that lies in an unreadable byte range as damaged.
    func attributeDamage() {
        guard let index, !damagedRanges.isEmpty else { return }
        let members = index.tagFiles.map { CheckedMember($0, documentID: "") } + index.documents.flatMap(\.members)
        for (range, problemIndex) in damagedRanges {
            for member in members where range.contains(member.offset) && damagedPaths[member.path] == nil {
                damagedPaths[member.path] = ("unreadable: \(problems[problemIndex].message)", member.offset)
            }
        }
    }

    /// Keeps a tag file read whole, the first one of each path; the manifest is parsed into records
    /// at once, so its text is not held through the rest of the stream (~0.3 KB a document). Of a
    /// lookup table compared as it was read, only the outcome is kept.
    func keep(_ entry: MemberCheck.Entry, as path: String) {
        if let match = entry.lookupMatches, path == BundleFormat.lookupPath, lookupMatch == nil { lookupMatch = match }
        guard let capture = entry.capture else { return }
        if path == BundleFormat.manifestPath {
            guard !manifestRead else { return }
            manifestRead = true
            manifest = ManifestTable(capture)
        } else if captured[path] == nil {
            captured[path] = capture
        }
    }

    /// Checks every payload entry against the manifest and the index; finds missing and extra entries.
    func checkPayload() {
        if manifest == nil, damagedPaths[BundleFormat.manifestPath] == nil {
            problem(.badTagFile, "manifest-sha256.txt is missing or malformed", path: BundleFormat.manifestPath)
        }
        let indexed = IndexedMembers(index)
        let expected = Self.expectedPaths(manifest: manifest, index: index, listed: lookupKeys())
        var offsetMismatches: [(String, Int, Int)] = []
        // Looked up by packed key: a path String is made only to report a problem (making and
        // re-parsing ~4 Strings a path was ~7% of verify's CPU on a big bundle, all serial).
        for key in expected {
            if !damagedPaths.isEmpty, damagedPaths[key.path] != nil { continue }
            let member = indexed[key: key]
            let slot = member == nil ? lookupSlot(key) : nil
            guard let entry = seen[key: key] else {
                missing.append(key, inManifest: manifest?.contains(key: key) == true, indexOffset: member?.offset, lookupOffset: slot?.offset)
                continue
            }
            if let manifest, let listed = manifest[key: key], let actual = entry.digest, listed != actual {
                damage(key.path, .checksumMismatch, "SHA-256 does not match manifest-sha256.txt", offset: entry.offset)
            } else if let manifest, !manifest.contains(key: key) {
                problem(.indexMismatch, "\(key.path) is in the index but not in manifest-sha256.txt", path: key.path, offset: entry.offset)
            }
            if let member {
                if member.size != entry.size {
                    damage(key.path, .sizeMismatch, "size \(entry.size) differs from the index's \(member.size)", offset: entry.offset)
                } else if let actual = entry.digest, !member.hasDigest(actual) {
                    damage(key.path, .checksumMismatch, "SHA-256 does not match the index", offset: entry.offset)
                }
                if member.offset != entry.offset { offsetMismatches.append((key.path, member.offset, entry.offset)) }
            } else if index != nil {
                problem(.indexMismatch, "\(key.path) is in the manifest but not in the index", path: key.path, offset: entry.offset)
            } else if let slot {
                checkAgainstLookup(key, entry, slot)
                if slot.offset != entry.offset { offsetMismatches.append((key.path, slot.offset, entry.offset)) }
            } else if lookup != nil {
                problem(.indexMismatch, "\(key.path) is in the manifest but not in \(BundleFormat.lookupPath)", path: key.path, offset: entry.offset)
            }
        }
        if let (path, listed, actual) = offsetMismatches.first {
            let source = index == nil ? BundleFormat.lookupPath : "the index"
            problem(.indexMismatch, "\(offsetMismatches.count) member offsets in \(source) disagree with the file, first \(path) (\(index == nil ? "lookup" : "index") \(listed), file \(actual)): a member was removed or inserted; show will fail for them",
                    path: path, offset: actual)
        }
        let known: Set<String> = VerificationRun.capturedPaths
        // Filtered before sorting: a sorted copy of every entry seen is ~15 MB at verify's peak.
        // Tag files are top-level names, never payload keys.
        let extra = seen.filter(keys: { key in
            if PackedPath.sortedContains(expected, key) { return false }
            if case .payload = key { return true }
            return !known.contains(key.path)
        })
        for (path, entry) in extra.sorted(by: { ($0.value.offset, $0.key) < ($1.value.offset, $1.key) }) {
            let outside = bagName.map { !path.hasPrefix("data/") && path.hasPrefix($0 + "/") == false && path.contains("/") } ?? false
            problem(.extraEntry, "\(path) is in the bundle but in neither the manifest nor the index\(outside ? " (outside the bag directory)" : "")", path: path, offset: entry.offset)
        }
    }

    /// The union of the manifest's and the index's paths, sorted as Strings and unique: packed
    /// keys in an array, not a set of Strings (a hash table of ~200,000 paths and a sorted copy of
    /// it added ~11 MB at the peak; Strings ~0.2 KB a document).
    /// `listed` are the lookup table's paths when it stands in for the index.
    static func expectedPaths(manifest: ManifestTable?, index: CheckedIndex?, listed: [PackedPath] = []) -> [PackedPath] {
        var paths = (manifest?.keys ?? []) + listed
        for document in index?.documents ?? [] {
            for member in document.members {
                let key = member.key
                if manifest?.contains(key: key) != true { paths.append(key) }
            }
        }
        paths.sort(by: PackedPath.precedes)
        var unique = 0
        for position in paths.indices where unique == 0 || paths[position] != paths[unique - 1] {
            paths.swapAt(unique, position)
            unique += 1
        }
        paths.removeLast(paths.count - unique)
        return paths
    }

    /// Records damage to a path, once per path.
    func damage(_ path: String, _ kind: VerifyReport.Problem.Kind, _ message: String, offset: Int) {
        problem(kind, "\(path): \(message)", path: path, offset: offset)
        if damagedPaths[path] == nil { damagedPaths[path] = (message, offset) }
    }
}
