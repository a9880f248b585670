#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files of a folder tree by their raw name bytes: a seed saved under a GBK file name (Archive/
/// originals/2013) cannot be named by a Swift String, which Foundation's enumerator would need.
enum RawDirectory {
    /// One file: its path bytes (no terminating NUL) and a readable label.
    struct File: Sendable, CustomStringConvertible {
        var path: [UInt8]
        var description: String { String(decoding: path, as: UTF8.self) }
    }

    /// Regular files under `root` whose names end in `suffix`, depth first, sorted by path bytes.
    static func files(under root: String, suffix: String) -> [File] {
        var found: [File] = []
        var pending: [[UInt8]] = [Array(root.utf8)]
        while let folder = pending.popLast() {
            guard let handle = opendir(folder.map { CChar(bitPattern: $0) } + [0]) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                if name == Array(".".utf8) || name == Array("..".utf8) { continue }
                let path = folder + [UInt8(ascii: "/")] + name
                if entry.pointee.d_type == UInt8(DT_DIR) {
                    pending.append(path)
                } else if name.count > suffix.utf8.count, name.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
                    found.append(File(path: path))
                }
            }
        }
        return found.sorted { $0.path.lexicographicallyPrecedes($1.path) }
    }

    /// The bytes of a file found above.
    static func bytes(_ file: File) -> [UInt8]? {
        guard let stream = fopen(file.path.map { CChar(bitPattern: $0) } + [0], "rb") else { return nil }
        defer { fclose(stream) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while case let count = fread(&chunk, 1, chunk.count, stream), count > 0 {
            result += chunk[0..<count]
        }
        return result
    }
}
