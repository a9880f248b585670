import Conversion

extension VerificationRun {
    /// Checks the order of `Archive/FORMAT.md` 2.2, which extract requires: the index's (its tag
    /// files, ids ascending, each document's members), by the rules extract applies and in its
    /// words; then the entries', which must follow the index.
    ///
    /// Problems not tied to one document (no `documentID`): every file may be intact and extract
    /// refuses the whole bundle, so the documents keep their verdicts (and the text report, which
    /// prints a document's problems only under a bad verdict, prints these on their own).
    func checkOrder() {
        guard let index else { return }
        let indexOffset = seen[BundleFormat.indexPath]?.offset
        if let why = ExpectedEntries.tagFilesProblem(index.tagFiles) {
            problem(.indexMismatch, why, path: BundleFormat.indexPath, offset: indexOffset)
        }
        for why in index.orderProblems {
            problem(.indexMismatch, "\(ExpectedEntries.outOfOrder): \(why)", path: BundleFormat.indexPath, offset: indexOffset)
        }
        // Entries are placed by the index's documents only when those are in order (as extract
        // walks them): against an index listing an id twice, say, every later entry would seem misplaced.
        if index.orderProblems.isEmpty { checkEntryOrder(index) }
    }

    /// Reports the first entry that is not where the index's order puts it, as extract words it:
    /// the entry the file holds at the first place where the file's order and the index's part.
    /// Entries missing from the file, unlisted or repeated are left to the other checks.
    private func checkEntryOrder(_ index: CheckedIndex) {
        var last = -1, ascending = true
        forEachListed(index) { _, offset in
            if offset < last { ascending = false }
            last = offset
        }
        guard !ascending else { return }
        // Only for a bundle out of order: one offset a file, to find where the two orders part.
        var offsets: [Int] = []
        forEachListed(index) { _, offset in offsets.append(offset) }
        let sorted = offsets.sorted()
        guard let place = offsets.indices.first(where: { offsets[$0] != sorted[$0] }),
              let found = offsets.firstIndex(of: sorted[place]) else { return }
        var entry = "", expected = ""
        var position = 0
        forEachListed(index) { path, _ in
            if position == found { entry = path() }
            if position == place { expected = path() }
            position += 1
        }
        problem(.structure, "entry \(entry) is out of the bundle's order (expected \(expected))", offset: sorted[place])
    }

    /// Hands every file the index lists and the stream read to `body`, in the order 2.2 puts them:
    /// its path (made only when asked for) and its offset in the file.
    private func forEachListed(_ index: CheckedIndex, _ body: (_ path: () -> String, _ offset: Int) -> Void) {
        for path in BundleFormat.leadingTagPaths {
            if let entry = seen[path] { body({ path }, entry.offset) }
        }
        for document in index.documents {
            for member in document.members {
                if let entry = seen[key: member.key] { body({ member.path }, entry.offset) }
            }
        }
        for path in BundleFormat.trailingTagPaths {
            if let entry = seen[path] { body({ path }, entry.offset) }
        }
    }
}
