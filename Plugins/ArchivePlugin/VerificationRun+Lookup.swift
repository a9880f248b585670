import Conversion

extension VerificationRun {
    /// The extensions build gives an original (``BundleFormat/originalExtension(format:)``): a
    /// lookup record does not hold its member's path, so the original's is found among these.
    static let originalExtensions = ["txt", "html", "json", "bin"]

    /// Takes `index-lookup.bin` as what the payload is checked against when the index could not
    /// be read, once `tagmanifest-sha256.txt` vouches for it (its SHA-256 is the one listed there).
    ///
    /// Why: the table holds every member's offset, size and SHA-256, as the index does; without it
    /// a bundle whose index and manifest are both damaged had every document `unverified`, while
    /// `show` still read each of them through the table.
    func adoptLookup() {
        guard index == nil, damagedPaths[BundleFormat.lookupPath] == nil, damagedPaths[BundleFormat.tagManifestPath] == nil,
              let bytes = captured[BundleFormat.lookupPath], let tags = captured[BundleFormat.tagManifestPath],
              let entry = seen[BundleFormat.lookupPath], let listed = BagTags.parseManifest(tags)?[BundleFormat.lookupPath],
              entry.sha256 == listed
        else { return }
        guard let records = LookupRecords(bytes) else {
            problem(.badTagFile, "\(BundleFormat.lookupPath): not whole records in ascending id order", path: BundleFormat.lookupPath, offset: entry.offset)
            return
        }
        lookup = records
    }

    /// The path of document `id`'s member `role` as the bundle spells it: the original's
    /// extension is the one read, listed in the manifest or named by damage, else unknown (`.*`,
    /// as `show` names it).
    func lookupKey(id: UInt64, role: BundleMember.Role) -> PackedPath {
        let text = LowerHex64.text(id)
        guard role == .original else { return PackedPath(BundleFormat.memberPath(role: role, id: text, originalExtension: "")) }
        for ext in Self.originalExtensions {
            let key = PackedPath(BundleFormat.memberPath(role: .original, id: text, originalExtension: ext))
            if seen[key: key] != nil || manifest?.contains(key: key) == true || (!damagedPaths.isEmpty && damagedPaths[key.path] != nil) {
                return key
            }
        }
        return .verbatim("data/original/\(text).*")
    }

    /// Every member the adopted lookup table lists, as ``lookupKey(id:role:)`` names them.
    func lookupKeys() -> [PackedPath] {
        guard let lookup else { return [] }
        var keys: [PackedPath] = []
        for position in 0..<lookup.count {
            let id = lookup.id(at: position)
            for role in BundleFormat.payloadRoles where lookup.slot(at: position, role: role) != nil {
                keys.append(lookupKey(id: id, role: role))
            }
        }
        return keys
    }

    /// The adopted lookup table's slot for the member stored at `key`, or nil.
    func lookupSlot(_ key: PackedPath) -> BundleLookup.Slot? {
        guard let lookup else { return nil }
        switch key {
        case .payload(let id, let tail):
            let code = Int(tail & 0xFF)
            guard BundleFormat.payloadRoles.indices.contains(code - 1) else { return nil }
            return lookup.slot(id: id, role: BundleFormat.payloadRoles[code - 1])
        case .verbatim(let path):
            guard path.hasPrefix("data/original/"), path.hasSuffix(".*"),
                  let id = Self.documentID(path).flatMap(LowerHex64.value) else { return nil }
            return lookup.slot(id: id, role: .original)
        }
    }

    /// Checks an entry read whole against its lookup slot, as against an index entry.
    func checkAgainstLookup(_ key: PackedPath, _ entry: Seen, _ slot: BundleLookup.Slot) {
        if slot.size != entry.size {
            damage(key.path, .sizeMismatch, "size \(entry.size) differs from \(BundleFormat.lookupPath)'s \(slot.size)", offset: entry.offset)
        } else if let actual = entry.sha256, actual != slot.sha256 {
            damage(key.path, .checksumMismatch, "SHA-256 does not match \(BundleFormat.lookupPath)", offset: entry.offset)
        }
    }

    /// Marks every member the lookup table places in an unreadable byte range, and that was not
    /// read intact elsewhere, as damaged (what ``attributeDamage()`` does with the index).
    func attributeDamageByLookup() {
        guard index == nil, let lookup, !damagedRanges.isEmpty else { return }
        for position in 0..<lookup.count {
            for role in BundleFormat.payloadRoles {
                guard let slot = lookup.slot(at: position, role: role),
                      let damaged = damagedRanges.first(where: { $0.range.contains(slot.offset) }) else { continue }
                let key = lookupKey(id: lookup.id(at: position), role: role)
                // Read intact elsewhere: members moved (one was cut out), the range is another's.
                guard seen[key: key] == nil else { continue }
                let path = key.path
                if damagedPaths[path] == nil { damagedPaths[path] = ("unreadable: \(problems[damaged.problem].message)", slot.offset) }
            }
        }
    }

    /// The sum of the sizes and the number of the members the adopted lookup table lists.
    func lookupOxum() -> (bytes: Int, files: Int)? {
        guard let lookup else { return nil }
        var total = 0, files = 0
        for position in 0..<lookup.count {
            for role in BundleFormat.payloadRoles {
                guard let slot = lookup.slot(at: position, role: role) else { continue }
                total = total.addingClamped(slot.size)
                files += 1
            }
        }
        return (total, files)
    }
}
