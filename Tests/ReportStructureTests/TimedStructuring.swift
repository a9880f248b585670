import DocumentModel
import ReportStructure
import Testing

/// Structures text under a time limit, checking that nothing was lost: the hostile-input suites'
/// one measure. The limits are generous for a debug build on a shared machine, yet far below what
/// quadratic behaviour would take on their sizes.
enum TimedStructuring {
    static func structure(_ text: String, limit: Double) -> StructuredReport {
        let clock = ContinuousClock()
        var report = StructuredReport()
        let elapsed = clock.measure { report = ReportStructurer().structure(text: text) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        #expect(seconds < limit, "took \(seconds) s")
        #expect(ContentAccounting.unaccounted(source: text, report: report).isEmpty)
        return report
    }
}
