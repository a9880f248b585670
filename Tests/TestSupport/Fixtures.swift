import Foundation

/// Paths to the shared corpus and seeds, and to each test target's own fixtures.
public enum Fixtures {
    /// The package root (two levels above `Tests/<Target>/`).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `../shared` beside the package: present in CI, absent in a user's fresh clone.
    public static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// `../shared/corpus`, third-party files read in place.
    public static let corpus: URL = shared.appendingPathComponent("corpus")

    /// `../shared/seeds`.
    public static let seeds: URL = shared.appendingPathComponent("seeds")

    /// True when `../shared/corpus` exists, for `.enabled(if:)`.
    public static let hasCorpus: Bool = FileManager.default.fileExists(atPath: corpus.path)

    /// The shipped collection, `Archive/originals`.
    public static let originals: URL = packageRoot.appendingPathComponent("Archive/originals")

    /// The bytes of a file.
    public static func bytes(_ url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }

    /// The corpus files with the given extensions (e.g. `["html", "txt", "xml"]`), sorted, source notes excluded.
    public static func corpusFiles(_ extensions: Set<String> = ["html", "txt", "xml"]) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else { return [] }
        return names.sorted()
            .filter { !$0.hasSuffix(".source.txt") && $0 != "README.md" }
            .filter { extensions.contains(URL(fileURLWithPath: $0).pathExtension) }
            .map { corpus.appendingPathComponent($0) }
    }

    /// The fixture directory beside a test file (`Fixtures/` in the same folder).
    public static func directory(besides filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// True when the `GAZETTE_RECORD` environment variable asks golden tests to re-record.
    public static var recording: Bool { ProcessInfo.processInfo.environment["GAZETTE_RECORD"] != nil }
}
