import Foundation

/// Runs a program and captures its exit status, standard output and standard error.
public struct CommandRunner {
    /// What a run produced.
    public struct Result: Sendable {
        /// The exit status.
        public let status: Int32
        /// Standard output bytes.
        public let stdout: Data
        /// Standard error bytes.
        public let stderr: Data
        /// Standard output as UTF-8 text.
        public var out: String { String(decoding: stdout, as: UTF8.self) }
        /// Standard error as UTF-8 text.
        public var err: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// The `gazette` binary built beside the test bundle.
    public static var gazette: URL {
        let directory = Bundle.main.executableURL?.deletingLastPathComponent()
            ?? Fixtures.packageRoot.appendingPathComponent(".build/debug")
        let besides = directory.appendingPathComponent("gazette")
        if FileManager.default.isExecutableFile(atPath: besides.path) { return besides }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/gazette")
    }

    /// Runs `executable` with `arguments` (raw bytes allowed), in `directory`.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        environment: [String: String]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let errThread = Thread { errData = errPipe.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errThread.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: outData, stderr: errData)
    }

    /// Runs the built `gazette` binary.
    public static func gazette(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        try run(gazette, arguments, in: directory)
    }

    /// Runs a shell command line with `/bin/sh -c`.
    public static func shell(_ command: String, in directory: URL? = nil) throws -> Result {
        try run(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: directory)
    }
}
