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
        /// Not converted, for this reason.
        case refused(GazetteError)
    }

    /// Per input, in input order.
    let targets: [Target]

    /// Plans `files` under `destination`, each at `relativePath(file)`.
    init(files: [InputFile], destination: FilePath, relativePath: (InputFile) -> String) {
        var first: [String: Int] = [:]
        var targets: [Target] = []
        targets.reserveCapacity(files.count)
        for (position, file) in files.enumerated() {
            let relative = relativePath(file)
            if let earlier = first[relative] {
                if let identity = FileIdentity(file.path), identity == FileIdentity(files[earlier].path) {
                    targets.append(.repeated)
                } else {
                    targets.append(.refused(GazetteError(
                        .outputFailed, "its output \(relative) is already the output of \(files[earlier].path); not converted (rename one of them)",
                        file: file.path.description)))
                }
            } else {
                first[relative] = position
                targets.append(.write(relative))
            }
        }
        self.targets = Self.sparingInputs(targets, files: files, destination: destination)
    }

    /// The targets with every one that is an existing input file refused. Inputs are looked up
    /// only when some target already exists (a fresh folder costs one failed `stat` an output).
    private static func sparingInputs(_ targets: [Target], files: [InputFile], destination: FilePath) -> [Target] {
        var inputs: Set<FileIdentity>?
        return targets.enumerated().map { position, target in
            guard case .write(let relative) = target,
                  let existing = FileIdentity(destination.appending(Array(relative.utf8))) else { return target }
            if inputs == nil { inputs = Set(files.compactMap { FileIdentity($0.path) }) }
            guard inputs!.contains(existing) else { return target }
            return .refused(GazetteError(.outputFailed, "its output \(destination.appending(Array(relative.utf8))) is an input file; not overwritten",
                                         file: files[position].path.description))
        }
    }

    /// True when a file other than an input may be written at `relative` (for the collection index).
    static func isFree(_ relative: String, in destination: FilePath, inputs files: [InputFile]) -> Bool {
        guard let existing = FileIdentity(destination.appending(Array(relative.utf8))) else { return true }
        return !files.contains { FileIdentity($0.path) == existing }
    }
}
