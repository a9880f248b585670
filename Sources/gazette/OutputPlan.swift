import Conversion

/// Where each input of `convert -o DIR` is written, decided before any is: two inputs never share
/// an output (the later one is refused, naming the first), and no output is written over an input
/// (`convert pages --to html -o pages` would otherwise replace the pages it reads).
struct OutputPlan {
    /// What becomes of one input.
    enum Target {
        /// Written at this path, relative to the folder.
        case write(String)
        /// The same file as an earlier input: converted once, under the earlier one.
        case repeated
        /// An earlier run's output of another input in this batch (``EarlierOutput``): not read,
        /// written over by that input's output.
        case earlierOutput
        /// Not converted, for this reason.
        case refused(GazetteError)
    }

    /// Per input, in input order.
    private(set) var targets: [Target] = []
    private let destination: FilePath
    private let files: [InputFile]
    /// The inputs' identities, looked up once, and only when some output name already exists (a
    /// fresh folder costs one failed `stat` an output).
    private var inputs: Set<FileIdentity>?

    /// Plans `files` under `destination`, each at `relativePath(file)`. With `recognisesEarlierOutputs`
    /// (JSON output), an input that is an earlier run's output of another input is not converted.
    init(files: [InputFile], destination: FilePath, relativePath: (InputFile) -> String, recognisesEarlierOutputs: Bool = false) {
        self.destination = destination
        self.files = files
        let relatives = files.map(relativePath)
        let earlier = recognisesEarlierOutputs ? Self.earlierOutputs(files, relatives, destination) : []
        var first: [String: Int] = [:]
        targets.reserveCapacity(files.count)
        for (position, file) in files.enumerated() {
            let relative = relatives[position]
            if earlier.contains(position) {
                targets.append(.earlierOutput)
                continue
            }
            if let earlier = first[relative] {
                if let identity = FileIdentity(file.path), identity == FileIdentity(files[earlier].path) {
                    targets.append(.repeated)
                } else {
                    // Two folders given side by side each map to the output folder's top: giving
                    // their common folder keeps them apart; two files of one folder need a new name.
                    let advice = file.path.parent == files[earlier].path.parent
                        ? "rename one of them" : "give the folder that holds both, so that each keeps its subfolder, or rename one"
                    targets.append(.refused(GazetteError(
                        .outputFailed, "its output \(relative) is already the output of \(files[earlier].path); not converted (\(advice))",
                        file: file.path.description)))
                }
            } else {
                first[relative] = position
                targets.append(.write(relative))
            }
        }
        // Every output that would land on an input file is refused.
        for (position, target) in targets.enumerated() {
            guard case .write(let relative) = target, let existing = existingInput(at: relative) else { continue }
            targets[position] = .refused(GazetteError(.outputFailed, "its output \(existing) is an input file; not overwritten",
                                                      file: files[position].path.description))
        }
    }

    /// The positions of inputs that are an earlier run's output of another input: each is its own
    /// output path, shares it with another input, and names that input as its source.
    private static func earlierOutputs(_ files: [InputFile], _ relatives: [String], _ destination: FilePath) -> Set<Int> {
        var positions: [String: [Int]] = [:]
        for (position, relative) in relatives.enumerated() { positions[relative, default: []].append(position) }
        var found: Set<Int> = []
        for (relative, sharing) in positions where sharing.count > 1 {
            let target = FileIdentity(destination.appending(Array(relative.utf8)))
            for position in sharing where target != nil && FileIdentity(files[position].path) == target {
                if sharing.contains(where: { $0 != position && EarlierOutput.isOutput(files[position].path, of: files[$0]) }) {
                    found.insert(position)
                }
            }
        }
        return found
    }

    /// True when a file other than an input may be written at `relative` (for the collection index).
    mutating func isFree(_ relative: String) -> Bool {
        existingInput(at: relative) == nil
    }

    /// The path of `relative` in the folder when an input file is there; nil otherwise.
    private mutating func existingInput(at relative: String) -> FilePath? {
        let path = destination.appending(Array(relative.utf8))
        guard let existing = FileIdentity(path) else { return nil }
        if inputs == nil {
            // An earlier output is written over, not kept as an input.
            inputs = Set(zip(files, targets).compactMap { file, target in
                if case .earlierOutput = target { return nil }
                return FileIdentity(file.path)
            })
        }
        return inputs!.contains(existing) ? path : nil
    }
}
