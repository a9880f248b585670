#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

extension BundleBuilder {
    /// Why the bundle already at `target` must not be replaced by one holding `ids`, or nil when
    /// it may be: there is none, `--replace` was given, or every document it holds is among `ids`.
    ///
    /// Why: a records office adding a new batch with `build new/ -o Archive/bundles` would
    /// otherwise replace the year's bundle by one holding the new batch alone, and the earlier
    /// documents would leave the archive in silence. A rebuild from the same or more inputs (the
    /// shipped collection built again) replaces as before.
    func replacementRefusal(at target: FilePath, keeping ids: [UInt64]) -> GazetteError? {
        var info = stat()
        guard !options.replace, target.withCString({ lstat($0, &info) }) == 0 else { return nil }
        let kept = "it is kept; build into another folder, add those originals to the inputs, or pass --replace"
        let sorted = ids.sorted()
        func isAmongInputs(_ document: BundleDocument) -> Bool {
            guard let id = LowerHex64.value(document.id) else { return false }
            let place = sorted.partitionPoint { $0 < id }
            return place < sorted.count && sorted[place] == id
        }
        var firstDropped: BundleDocument?
        var droppedCount = 0
        do throws(GazetteError) {
            try BundleReader(target).forEachIndexedDocument { document in
                guard !isAmongInputs(document) else { return }
                droppedCount += 1
                if firstDropped == nil { firstDropped = document }
            }
        } catch {
            return GazetteError(.outputFailed, "already exists and cannot be read as a gazette bundle (\(error.message)); \(kept)",
                                file: target.description)
        }
        guard let first = firstDropped else { return nil }
        let count = droppedCount == 1 ? "1 document" : "\(droppedCount) documents"
        return GazetteError(.outputFailed, "already exists and holds \(count) not among these inputs (first \(first.id), \(first.originalName)); \(kept)",
                            file: target.description)
    }
}
