#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion
import Foundation

/// Makes SIGINT, SIGTERM and SIGHUP end a command that writes files cleanly: what
/// ``InterruptCleanup`` holds (outputs' and bundles' temporary files, extract's staging folder) is removed, one line
/// `gazette: error: interrupted` goes to stderr, and the exit status is 128 + the signal
/// (130 for SIGINT, 143 for SIGTERM). Other commands keep the default action.
///
/// The signal handler only writes the signal's number to a pipe; a thread of its own reads it and
/// cleans up. A handler, unlike an ignored signal watched through a dispatch source, runs in
/// whichever thread the kernel picks, so no signal is lost (one that reached a worker thread was
/// dropped). The same signal often comes twice at once (`timeout` and service managers send it to
/// the process and to its group): signals during the cleanup are ignored, unless the cleanup has
/// taken `patience` seconds already, when one ends the process at once.
enum InterruptHandler {
    /// The signals handled.
    private static let signals = [SIGINT, SIGTERM, SIGHUP]
    /// How long a cleanup may run before a further signal ends the process without waiting for it.
    private static let patience: Int = 2

    /// The pipe's ends: the handler writes, the cleanup thread reads.
    nonisolated(unsafe) private static var pipeEnds: (read: Int32, write: Int32) = (-1, -1)
    /// The monotonic second of the first signal, or 0: written by the handler only.
    nonisolated(unsafe) private static var firstSignal: Int = 0

    /// Installs the handler; made once, on first use.
    private static let installed: Void = {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }  // Without a pipe, the default action stays.
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        pipeEnds = (ends[0], ends[1])
        let reader = Thread { waitForSignal() }
        reader.name = "gazette.interrupt"
        reader.start()
        for number in signals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handle
            #else
            action.__sigaction_u.__sa_handler = handle
            #endif
            // SA_RESTART: the workers' system calls go on rather than fail with EINTR.
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
        }
    }()

    /// Installs the handler; calling it again does nothing.
    static func install() { _ = installed }

    /// The signal handler: async-signal-safe calls only.
    private static let handle: @convention(c) (Int32) -> Void = { number in
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let second = max(1, Int(now.tv_sec))
        if InterruptHandler.firstSignal == 0 {
            InterruptHandler.firstSignal = second
            var byte = UInt8(truncatingIfNeeded: number)
            _ = write(InterruptHandler.pipeEnds.write, &byte, 1)
        } else if second - InterruptHandler.firstSignal >= InterruptHandler.patience {
            _exit(128 + number)
        }
    }

    /// The cleanup thread: waits for the first signal's number, then cleans up and exits.
    private static func waitForSignal() {
        var byte: UInt8 = 0
        while true {
            let got = read(pipeEnds.read, &byte, 1)
            if got == 1 { break }
            if got < 0, errno == EINTR { continue }
            return  // The pipe failed: the process goes on as if no handler were installed.
        }
        interrupted(by: Int32(byte))
    }

    /// Removes the temporary paths and exits.
    private static func interrupted(by number: Int32) -> Never {
        InterruptCleanup.shared.removeAll {
            Terminal.printError("error: interrupted")
            // _exit, not exit: the workers are still running, and exit's teardown (atexit handlers,
            // library destructors) under them could crash; what is printed goes out unbuffered.
            _exit(128 + number)
        }
    }
}
