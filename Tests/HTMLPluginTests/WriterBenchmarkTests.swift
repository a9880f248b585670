import Conversion
import DocumentModel
import Foundation
import HTMLPlugin
import JSONPlugin
import Testing
import TestSupport

/// Writing HTML must cost at most 1.5x writing JSON for the same documents.
///
/// Runs only when `GAZETTE_BENCH` is set, and means something only in release:
/// `GAZETTE_BENCH=1 swift test -c release --filter WriterBenchmarkTests` (or `scripts/bench-html-writer`).
@Suite("HTML vs JSON writer cost", .enabled(if: ProcessInfo.processInfo.environment["GAZETTE_BENCH"] != nil))
struct WriterBenchmarkTests {
    /// Input bytes the documents of one measurement add up to.
    static let targetBytes = 8 << 20

    /// Seconds for the fastest of `rounds` runs of `body`.
    static func fastest(rounds: Int = 7, _ body: () throws -> Int) rethrows -> (seconds: Double, bytes: Int) {
        var best = Double.infinity, bytes = 0
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            bytes = try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return (best, bytes)
    }

    static func compare(_ label: String, _ documents: [Document]) throws -> Double {
        let input = documents.reduce(0) { $0 + $1.provenance.byteCount }
        let json = try fastest { try documents.reduce(0) { $0 + (try JSONWriter().write($1)).count } }
        let html = try fastest { try documents.reduce(0) { $0 + (try HTMLWriter().write($1)).count } }
        let ratio = html.seconds / json.seconds
        func rate(_ seconds: Double) -> String { String(format: "%.0f", Double(input) / 1_048_576 / seconds) }
        print(String(format: "writer-bench %@: %d documents, %.1f MiB source; JSON %.1f ms (%@ MB/s, %.1f MiB out), "
                     + "HTML %.1f ms (%@ MB/s, %.1f MiB out); HTML/JSON = %.2fx",
                     label, documents.count, Double(input) / 1_048_576, json.seconds * 1000, rate(json.seconds),
                     Double(json.bytes) / 1_048_576, html.seconds * 1000, rate(html.seconds),
                     Double(html.bytes) / 1_048_576, ratio))
        return ratio
    }

    static func repeated(_ documents: [Document]) -> [Document] {
        let each = max(1, documents.reduce(0) { $0 + $1.provenance.byteCount })
        return Array(repeating: documents, count: max(1, targetBytes / each)).flatMap { $0 }
    }

    @Test(.enabled(if: Fixtures.hasCorpus))
    func seedsRepeated() throws {
        let seeds = try HTMLWriterGoldenTests.seedNames.map(HTMLWriterGoldenTests.readSeed)
        #expect(try Self.compare("seeds", Self.repeated(seeds)) <= 1.5)
    }

    /// Table-heavy documents, whose cells cost the HTML writer most markup per byte of text.
    @Test func tablesRepeated() throws {
        var full = SampleDocuments.full, wide = SampleDocuments.wide
        full.provenance.byteCount = 2000
        wide.provenance.byteCount = 1000
        #expect(try Self.compare("tables", Self.repeated([full, wide])) <= 1.5)
    }
}
