#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion
import Foundation

/// Where the CLI prints: results to stdout, one-line errors and warnings to stderr, progress only on a terminal.
enum Terminal {
    private static let lock = NSLock()

    /// Writes bytes to standard output.
    static func writeOut(_ bytes: [UInt8]) {
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Prints one line to standard output, its control characters escaped (``Swift/String/oneLine``)
    /// so that a name in it cannot break it in two.
    static func printOut(_ line: String) { writeOut(Array((line.oneLine + "\n").utf8)) }

    /// Prints tab-separated fields as one line to standard output, each field's control characters
    /// (tabs too) escaped.
    static func printFields(_ fields: [String]) { writeOut(Array((fields.map(\.oneLine).joined(separator: "\t") + "\n").utf8)) }

    /// Prints one line to standard error, prefixed with `gazette: `, its control characters escaped.
    static func printError(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        clearProgressLocked()
        FileHandle.standardError.write(Data(("gazette: " + line.oneLine + "\n").utf8))
    }

    /// Reports an error as one line.
    static func report(_ error: GazetteError) { printError("error: \(error)") }

    /// True when standard error is a terminal, so progress may be drawn.
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1

    nonisolated(unsafe) private static var progressShown = false

    /// Draws `label done/total` over the previous progress line; does nothing in a pipe.
    static func progress(_ label: String, done: Int, total: Int) {
        guard stderrIsTerminal, total > 1 else { return }
        lock.lock(); defer { lock.unlock() }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)".utf8))
        progressShown = true
    }

    /// Removes the progress line.
    static func clearProgress() {
        lock.lock(); defer { lock.unlock() }
        clearProgressLocked()
    }

    private static func clearProgressLocked() {
        if progressShown {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            progressShown = false
        }
    }
}
