import Conversion
import Foundation

/// What `verify` found in one bundle: the report without its list of documents, and the
/// documents' verdicts, handed out one at a time so a report of any size is never held whole.
public struct VerifyResult {
    /// Where the verdicts come from.
    enum Verdicts {
        /// Made by the detailed verification (a damaged or irregular bundle) from what it keeps.
        case detailed(VerificationRun)
        /// From the streamed pass: every document good but those with a damaged member, named by
        /// reading the spooled index again.
        case streamed(ScratchFile, damage: [String: (reason: String, offset: Int)])
    }

    /// The report, its `documents` empty (see ``forEachDocument(_:)``) and its `problems` without
    /// the missing entries of a detailed verification (see ``forEachProblem(_:)``).
    public var report: VerifyReport
    /// How many documents have each verdict.
    public var tally: [VerifyReport.DocumentStatus.Status: Int]
    let verdicts: Verdicts

    /// The number of documents.
    public var documentCount: Int { tally.values.reduce(0, +) }

    /// Hands every document's verdict to `body`, in id order.
    public func forEachDocument(_ body: (VerifyReport.DocumentStatus) throws(GazetteError) -> Void) throws(GazetteError) {
        switch verdicts {
        case .detailed(let run):
            try run.forEachStatus(body)
        case .streamed(let index, let damage):
            // Named as the detailed verification names them, from each element's own bytes.
            func unreadable(_ error: IndexScanner.Malformed) -> GazetteError {
                GazetteError(.bundleDamaged, "index.json could not be read again at byte \(error.offset): \(error.reason)", file: report.bundle)
            }
            var cursor: IndexCursor
            let scanner: IndexScanner
            do throws(IndexScanner.Malformed) { scanner = try IndexScanner(IndexBytes(file: index)) } catch { throw unreadable(error) }
            cursor = IndexCursor(scanner)
            while true {
                let status: VerifyReport.DocumentStatus
                do throws(IndexScanner.Malformed) {
                    guard let (document, element) = try cursor.next() else { return }
                    let names = DocumentNames.decode(try scanner.bytes.slice(element))
                    status = Self.status(of: document, names: names, damage: damage)
                } catch { throw unreadable(error) }
                try body(status)
            }
        }
    }

    /// A document's verdict from the damaged members, as the detailed pass gives it.
    private static func status(of document: BundleDocument, names: DocumentNames?,
                               damage: [String: (reason: String, offset: Int)]) -> VerifyReport.DocumentStatus {
        var status = VerifyReport.DocumentStatus(id: document.id, title: names?.title, originalName: names?.originalName,
                                                 status: .good, offset: nil, problems: [])
        guard !damage.isEmpty else { return status }
        for member in document.members {
            guard let found = damage[member.path] else { continue }
            status.status = .damaged
            status.problems.append("\(member.path): \(found.reason)")
            status.offset = status.offset ?? found.offset
        }
        return status
    }

    /// Hands every problem to `body`: the report's, then each missing entry's, in path order.
    public func forEachProblem<E: Error>(_ body: (VerifyReport.Problem) throws(E) -> Void) throws(E) {
        for problem in report.problems { try body(problem) }
        if case .detailed(let run) = verdicts { try run.missing.forEachProblem(body) }
    }

    /// The report with every document and problem in it (memory grows with the bundle: for tests
    /// and small bundles).
    public func fullReport() throws(GazetteError) -> VerifyReport {
        var full = report
        try forEachDocument { full.documents.append($0) }
        full.problems = []
        forEachProblem { full.problems.append($0) }
        return full
    }

    /// The report as one line of JSON (the same bytes as encoding ``fullReport()`` with sorted keys
    /// and unescaped slashes), handed to `write` in pieces: the documents, then the problems, are
    /// encoded one by one (a truncated bundle's report names a problem for every missing file, and
    /// encoding them all at once took ~100 MB at ~68,000 documents).
    public func writeJSONLine(_ write: ([UInt8]) -> Void) throws(GazetteError) {
        let encoder = VerifyReport.lineEncoder()
        var empty = report
        empty.problems = []
        let frame = Array((try? encoder.encode(empty)) ?? Data())
        guard let (prefix, afterDocuments) = DocumentsFrame.split(frame, around: "documents"),
              let (middle, suffix) = DocumentsFrame.split(afterDocuments, around: "problems")
        else { return write(try fullReport().jsonLine()) }
        var pending = prefix
        func append(_ element: some Encodable, first: inout Bool) {
            if !first { pending.append(UInt8(ascii: ",")) }
            first = false
            pending += (try? encoder.encode(element)) ?? Data()
            if pending.count >= 1 << 16 { write(pending); pending.removeAll(keepingCapacity: true) }
        }
        var first = true
        try forEachDocument { append($0, first: &first) }
        pending += middle
        first = true
        forEachProblem { append($0, first: &first) }
        write(pending + suffix + [0x0A])
    }
}

extension VerifyResult {
    /// The result of a detailed verification, its verdicts and missing entries made from `run`
    /// as they are handed out.
    init(detailed run: VerificationRun, report: VerifyReport) {
        self.init(report: report, tally: run.statusTally(), verdicts: .detailed(run))
    }
}
