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

    /// True when the process started with standard output closed.
    nonisolated(unsafe) private static var standardOutputClosed = false

    /// Opens `/dev/null` (`/dev/full` for standard output) on any of descriptors 0-2 that is closed: otherwise the next file opened
    /// (an input, an output's temporary file) would get that number, and what is printed to
    /// standard output would be written into it. Writing to standard output then fails as if closed.
    static func claimStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            if descriptor == STDOUT_FILENO { standardOutputClosed = true }
            // Standard output gets /dev/full, so that what swift-argument-parser prints through
            // stdio fails too, and is reported at exit.
            let opened = descriptor == STDOUT_FILENO ? open("/dev/full", O_WRONLY) : open("/dev/null", O_RDWR)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Writes bytes to standard output. When that fails (a full disk, a closed descriptor), says
    /// so in one line and exits 73 at once: what was asked for cannot be delivered.
    static func writeOut(_ bytes: [UInt8]) {
        lock.lock(); defer { lock.unlock() }
        guard let failure = write(bytes, to: STDOUT_FILENO) else { return }
        clearProgressLocked()
        reportOutputFailure(failure)
        exit(GazetteError.Code.outputFailed.exitStatus)
    }

    /// Flushes C's stdout (where `print` goes); when that fails, says so and exits 73.
    static func flushPrintedAtExit() {
        // nil flushes every output stream; stdout is the only one gazette writes through stdio.
        guard fflush(nil) != 0 else { return }
        reportOutputFailure(errno == 0 ? EIO : errno)
        _exit(GazetteError.Code.outputFailed.exitStatus)
    }

    /// The one line for standard output that cannot be written; a descriptor closed at start
    /// (claimed with /dev/full) is named as closed, not as full.
    private static func reportOutputFailure(_ failure: Int32) {
        let reason = String(cString: strerror(standardOutputClosed ? EBADF : failure))
        _ = write(Array("gazette: error: standard output: \(reason)\n".utf8), to: STDERR_FILENO)
    }

    /// Writes all of `bytes` to `descriptor`; nil, or the errno of the failure. (FileHandle's
    /// `write(_:)` traps on a failed write on Linux: a full disk crashed every command.)
    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let done = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if done < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += done
        }
        return nil
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
        // A failed write to standard error has nowhere to be reported.
        _ = write(Array(("gazette: " + line.oneLine + "\n").utf8), to: STDERR_FILENO)
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
        _ = write(Array("\r\(label) [\(bar)] \(done)/\(total)".utf8), to: STDERR_FILENO)
        progressShown = true
    }

    /// Removes the progress line.
    static func clearProgress() {
        lock.lock(); defer { lock.unlock() }
        clearProgressLocked()
    }

    private static func clearProgressLocked() {
        if progressShown {
            _ = write(Array("\r\u{1B}[K".utf8), to: STDERR_FILENO)
            progressShown = false
        }
    }
}
