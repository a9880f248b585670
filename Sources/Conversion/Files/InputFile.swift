/// One input file found on the command line or under a directory given there.
public struct InputFile: Sendable, Hashable {
    /// The path to open.
    public let path: FilePath
    /// The path relative to the directory argument it was found under (just the name for a file argument).
    public let relativePath: FilePath

    /// Creates an input file.
    public init(path: FilePath, relativePath: FilePath) {
        self.path = path
        self.relativePath = relativePath
    }
}

/// Expands file and directory arguments into input files, recursively, in byte order, names kept as bytes.
