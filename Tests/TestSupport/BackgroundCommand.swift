import Foundation

/// A program started without waiting for it, so that a test can act while it runs (send it a
/// signal, watch the files it makes) and collect its result afterwards.
public final class BackgroundCommand: @unchecked Sendable {
    private let process = Process()
    private let readers = DispatchGroup()
    private var stdout = Data()
    private var stderr = Data()

    /// Starts `executable` with `arguments`; its output is read as it comes, so a full pipe never blocks it.
    public init(_ executable: URL, _ arguments: [String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        // A child inherits the signal mask of the thread that starts it, and test threads (dispatch
        // workers) block SIGINT, SIGTERM and SIGHUP: unblocked while it starts, as from a shell.
        var signals = sigset_t(), previous = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
        DispatchQueue.global().async(group: readers) { self.stdout = outPipe.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: readers) { self.stderr = errPipe.fileHandleForReading.readDataToEndOfFile() }
    }

    /// Its process id.
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Whether it is still running.
    public var isRunning: Bool { process.isRunning }

    /// Sends it a signal (`SIGINT`, `SIGTERM`...).
    public func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for it to end. A program ended by a signal has that signal's number as its status.
    public func wait() -> CommandRunner.Result {
        readers.wait()
        process.waitUntilExit()
        return CommandRunner.Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}
