#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion
import Dispatch

/// Makes SIGINT, SIGTERM and SIGHUP end a command that writes files cleanly: what
/// ``InterruptCleanup`` holds (outputs' and bundles' temporary files, extract's staging folder) is removed, one line
/// `gazette: error: interrupted` goes to stderr, and the exit status is 128 + the signal
/// (130 for SIGINT, 143 for SIGTERM). Other commands keep the default action.
enum InterruptHandler {
    /// The signals handled.
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// The signal sources, kept for the life of the process; made once, on first use.
    nonisolated(unsafe) private static let sources: [any DispatchSourceSignal] = {
        let queue = DispatchQueue(label: "gazette.interrupt")
        return signals.map { number in
            // Ignored, so the kernel does not end the process; the source still sees the signal.
            _ = signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { interrupted(by: number) }
            source.resume()
            return source
        }
    }()

    /// Installs the handler; calling it again does nothing.
    static func install() { _ = sources }

    /// Removes the temporary paths and exits; a second signal meanwhile ends the process at once.
    private static func interrupted(by number: Int32) -> Never {
        for other in signals { _ = signal(other, SIG_DFL) }
        InterruptCleanup.shared.removeAll {
            Terminal.printError("error: interrupted")
            // _exit, not exit: the workers are still running, and exit's teardown (atexit handlers,
            // library destructors) under them could crash; what is printed goes out unbuffered.
            _exit(128 + number)
        }
    }
}
