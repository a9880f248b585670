#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion

/// The temporary and scratch files of a build that was killed (SIGKILL, a power cut) in a bundles
/// folder: `.gazette-2014.tar.gz.tmp-PID-N`, `….records-PID-N` and the like. An interrupt removes
/// them; a kill cannot. Under the folder's lock no other build is writing there, so every such name
/// is a leftover, and the next build removes it.
enum BuildLeftovers {
    /// Removes the leftovers in `folder`; returns their names.
    static func remove(in folder: FilePath) -> [String] {
        var removed: [String] = []
        for name in FileIO.names(in: folder) ?? [] {
            guard isLeftover(name) else { continue }
            let path = folder.appending(name)
            var info = stat()
            guard path.withCString({ lstat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                  path.withCString({ unlink($0) }) == 0 else { continue }
            removed.append(String(decoding: name, as: UTF8.self))
        }
        return removed.sorted()
    }

    /// `.gazette-<year or unknown>.tar.gz.<kind>-<digits>-<digits>`, optionally with a suffix.
    static func isLeftover(_ name: [UInt8]) -> Bool {
        let text = String(decoding: name, as: UTF8.self)
        guard text.hasPrefix(".gazette-"), let marker = text.range(of: ".tar.gz.") else { return false }
        let rest = text[marker.upperBound...]
        guard let dash = rest.firstIndex(of: "-"), rest[..<dash].allSatisfy({ $0.isASCII && $0.isLowercase }), dash > rest.startIndex else { return false }
        let numbers = rest[rest.index(after: dash)...].prefix { $0 != "." }.split(separator: "-", omittingEmptySubsequences: false)
        return numbers.count == 2 && numbers.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
