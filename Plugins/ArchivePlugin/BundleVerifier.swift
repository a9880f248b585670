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
    ///
    /// A bundle as gazette writes it, intact or with damaged payload members, is checked in one
    /// pass with bounded memory (``StreamedVerification``); anything else goes to the detailed
    /// pass, which holds tables to name every problem.
    public func check(_ path: FilePath, quick: Bool = false) throws(GazetteError) -> VerifyResult {
        let file = try BundleFile(path)
        if let streamed = StreamedVerification(file: file, quick: quick).run() {
            let report = VerifyReport(toolVersion: toolVersion, time: time, bundle: path.description, bytes: file.size, quick: quick,
                                      ok: streamed.problems.isEmpty, members: streamed.members, documents: [], problems: streamed.problems)
            var tally: [VerifyReport.DocumentStatus.Status: Int] = [:]
            if streamed.documents > streamed.damagedDocuments { tally[.good] = streamed.documents - streamed.damagedDocuments }
            if streamed.damagedDocuments > 0 { tally[.damaged] = streamed.damagedDocuments }
            return VerifyResult(report: report, tally: tally, verdicts: .streamed(streamed.index, damage: streamed.damage))
        }
        let run = try detailedRun(file, quick: quick)
        return VerifyResult(detailed: run, report: VerifyReport(
            toolVersion: toolVersion, time: time, bundle: path.description, bytes: file.size, quick: quick,
            ok: run.problems.isEmpty && run.missing.isEmpty, members: run.members, documents: [], problems: run.problems))
    }

    /// Verifies one bundle and returns the whole report (every document in memory).
    public func verify(_ path: FilePath, quick: Bool = false) throws(GazetteError) -> VerifyReport {
        try check(path, quick: quick).fullReport()
    }

    /// The detailed pass's whole report, even for a bundle the streamed pass could check (for tests).
    func detailedReport(_ file: BundleFile, path: FilePath, quick: Bool) throws(GazetteError) -> VerifyReport {
        let run = try detailedRun(file, quick: quick)
        return try VerifyResult(detailed: run, report: VerifyReport(
            toolVersion: toolVersion, time: time, bundle: path.description, bytes: file.size, quick: quick,
            ok: run.problems.isEmpty && run.missing.isEmpty, members: run.members, documents: [], problems: run.problems)).fullReport()
    }

    /// The detailed pass: tables of every entry, manifest line and document, so every problem is
    /// named. The run keeps what the verdicts are made from, compactly, until the report is written.
    private func detailedRun(_ file: BundleFile, quick: Bool) throws(GazetteError) -> VerificationRun {
        var run = VerificationRun(file: file, quick: quick)
        try run.stream()
        // Members moved under an index that still tiles the file: read member by member instead,
        // so intact members are not reported as unreadable bytes.
        if run.misaligned {
            run = VerificationRun(file: file, quick: quick, tiled: false)
            try run.stream()
        }
        run.locateIndex()
        run.adoptLookup()
        run.attributeDamage()
        run.attributeDamageByLookup()
        run.checkPayload()
        run.checkOrder()
        run.checkTags()
        run.releaseCheckedEntries()
        return run
    }
}
