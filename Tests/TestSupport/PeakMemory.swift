import Foundation

/// Runs a program under GNU time and gives its own peak resident memory, for tests of memory bounds.
///
/// Why not `wait4` or `getrusage(RUSAGE_CHILDREN)` on a child of the test process: Linux counts
/// into a process's `ru_maxrss` the peak of the memory it was forked from (the test process,
/// hundreds of MB), so only a child of a small process such as `time` is measured alone.
public enum PeakMemory {
    /// GNU time, which these tests need (Debian package `time`).
    public static let time = "/usr/bin/time"
    /// Whether GNU time is there to measure with.
    public static var available: Bool { FileManager.default.isExecutableFile(atPath: time) }

    /// What one run gave: its exit status and its peak resident set size in KiB (`ru_maxrss`).
    public struct Run: Sendable {
        /// The program's exit status.
        public let status: Int32
        /// The peak resident set size, in KiB.
        public let peakKB: Int
    }

    /// Runs `executable` with `arguments`, its standard output to `stdout` (default: discarded)
    /// and its standard error discarded, and waits for it.
    public static func run(_ executable: URL, _ arguments: [String], stdout: URL? = nil) throws -> Run {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-peak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let words = [time, "-f", "%M", "-o", report.path, executable.path] + arguments
        let line = words.map(quoted).joined(separator: " ") + " >" + quoted(stdout?.path ?? "/dev/null") + " 2>/dev/null"
        let outcome = try CommandRunner.shell(line)
        let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
        // GNU time writes "Command exited with non-zero status N" before the figure: the last line.
        guard let peak = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no peak from time: \(text)\(outcome.err)"])
        }
        return Run(status: outcome.status, peakKB: peak)
    }

    /// A word for `sh`, in single quotes.
    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
