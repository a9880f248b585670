import Foundation
import ReportStructure
import Testing
import TestSupport

/// Measures structure throughput when `GAZETTE_BENCH` is set; run it in release through
/// `scripts/bench-structure`. `GAZETTE_BENCH_DIR` names a folder of UTF-8 `.txt` reports (searched
/// recursively); without it the shared seeds and corpus texts are used. Prints MB/s of UTF-8 text.
@Suite("Throughput", .enabled(if: ProcessInfo.processInfo.environment["GAZETTE_BENCH"] != nil))
struct ThroughputTests {
    func inputs() throws -> [String] {
        guard let directory = ProcessInfo.processInfo.environment["GAZETTE_BENCH_DIR"] else {
            return try (Structured.seedFiles + Fixtures.corpusFiles(["txt"])).map(Structured.sharedText)
        }
        let walker = FileManager.default.enumerator(atPath: directory)
        var texts: [String] = []
        while let name = walker?.nextObject() as? String {
            guard name.hasSuffix(".txt") else { continue }
            texts.append(try Structured.sharedText(URL(fileURLWithPath: directory).appendingPathComponent(name)))
        }
        return texts
    }

    @Test func structureThroughput() throws {
        let texts = try inputs()
        try #require(!texts.isEmpty, "no input texts")
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let structurer = ReportStructurer()
        let rounds = max(1, 64_000_000 / bytes)
        var blocks = 0
        let cpuStart = clock()
        let elapsed = ContinuousClock().measure {
            for _ in 0..<rounds { for text in texts { blocks &+= structurer.structure(text: text).blocks.count } }
        }
        let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes * rounds) / 1_000_000
        print("ReportStructure throughput: \(String(format: "%.1f", megabytes / cpu)) MB/s of CPU time, "
              + "\(String(format: "%.1f", megabytes / wall)) MB/s wall (\(String(format: "%.1f", megabytes)) MB in "
              + "\(texts.count) texts x \(rounds) rounds, \(blocks) blocks, one core)")
        #expect(blocks > 0)
    }
}
