import Conversion

/// Verifies a bundle in one streaming pass: every gzip member's CRC, every entry's SHA-256 against
/// both manifests and the index, the tag files, missing and extra entries. It goes on past damage,
/// resynchronising at the next gzip signature, and names every damaged document.
public struct BundleVerifier: Sendable {
    /// The version recorded in reports.
    public let toolVersion: String
    /// The time recorded in reports (ISO 8601), given by the caller so library code reads no clock.
    public let time: String

    /// Creates a verifier.
    public init(toolVersion: String, time: String) {
        self.toolVersion = toolVersion
        self.time = time
    }

    /// Verifies one bundle. Throws only when the file cannot be opened; damage is in the report.
    public func verify(_ path: FilePath, quick: Bool = false) throws(GazetteError) -> VerifyReport {
        let run = VerificationRun(file: try BundleFile(path), quick: quick)
        try run.stream()
        run.locateIndex()
        run.attributeDamage()
        run.checkPayload()
        run.checkTags()
        run.releaseCheckedEntries()
        return VerifyReport(
            toolVersion: toolVersion, time: time, bundle: path.description, bytes: run.file.size, quick: quick,
            ok: run.problems.isEmpty, members: run.members, documents: run.documentStatuses(), problems: run.problems)
    }
}
