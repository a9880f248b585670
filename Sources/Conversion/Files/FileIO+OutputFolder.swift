#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileIO {
    /// Creates the folder outputs go into and checks that files can be made in it, so that a
    /// folder that cannot be used is one error about the folder, not one per input.
    public static func prepareOutputFolder(_ path: FilePath) throws(GazetteError) {
        try createDirectory(path)
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else {
            throw GazetteError(.outputFailed, "cannot use the output folder: \(errnoText())", file: path.description)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw GazetteError(.outputFailed, "the output folder is a file, not a folder", file: path.description)
        }
        guard path.withCString({ access($0, W_OK | X_OK) }) == 0 else {
            throw GazetteError(.outputFailed, "cannot write into the output folder: \(errnoText())", file: path.description)
        }
    }
}
