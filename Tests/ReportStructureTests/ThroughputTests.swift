import Foundation
import ReportStructure
import Testing
import TestSupport

/// Measures structure throughput on the seeds when `GAZETTE_BENCH` is set (run it in release:
/// `GAZETTE_BENCH=1 swift test -c release --filter ThroughputTests`). Prints MB/s of UTF-8 text.
@Suite("Throughput", .enabled(if: Fixtures.hasCorpus && ProcessInfo.processInfo.environment["GAZETTE_BENCH"] != nil))
struct ThroughputTests {
    @Test func seedsThroughput() throws {
        var texts: [String] = []
        for url in Structured.seedFiles + Fixtures.corpusFiles(["txt"]) { texts.append(try Structured.sharedText(url)) }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let structurer = ReportStructurer()
        let rounds = max(1, 64_000_000 / max(bytes, 1))
        var blocks = 0
        let cpuStart = clock()
        let elapsed = ContinuousClock().measure {
            for _ in 0..<rounds { for text in texts { blocks &+= structurer.structure(text: text).blocks.count } }
        }
        let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes * rounds) / 1_000_000
        print("ReportStructure throughput: \(String(format: "%.1f", megabytes / cpu)) MB/s of CPU time, "
              + "\(String(format: "%.1f", megabytes / wall)) MB/s wall (\(String(format: "%.1f", megabytes)) MB of seed and "
              + "corpus text, \(blocks) blocks, one core)")
        #expect(blocks > 0)
    }
}
