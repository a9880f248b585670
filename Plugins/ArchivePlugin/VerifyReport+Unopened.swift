import Conversion
import Foundation

extension VerifyReport {
    /// The report on a bundle that could not be verified at all (no such file, unreadable, not a
    /// gazette bundle): not ok, nothing read, the one problem saying why. `verify --json` writes
    /// it so that a script reading one report per bundle gets one for every bundle it named.
    public static func unopened(_ bundle: FilePath, error: GazetteError, toolVersion: String, time: String, quick: Bool) -> VerifyReport {
        var info = stat()
        let bytes = bundle.withCString { stat($0, &info) } == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        let kind: Problem.Kind = error.code == .notFound || error.code == .unreadable ? .unreadableBytes : .structure
        return VerifyReport(toolVersion: toolVersion, time: time, bundle: bundle.description, bytes: bytes, quick: quick, ok: false,
                            members: 0, documents: [],
                            problems: [Problem(kind: kind, message: error.message, offset: error.byteOffset)])
    }

    /// The report as one line of JSON (sorted keys), as `verify --json` writes each.
    public func jsonLine() -> [UInt8] {
        Array((try? Self.lineEncoder().encode(self)) ?? Data()) + [0x0A]
    }

    /// The encoder of a report's one-line form, and of its parts when it is written piece by piece.
    static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
