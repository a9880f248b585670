import Foundation
import TestSupport

/// Reference decoders outside Gazette: glibc's `iconv` command, run on bytes written to a temporary file.
enum ReferenceConverter {
    /// The UTF-8 that `iconv -f <from> -t UTF-8` makes of `bytes`, or nil when iconv fails
    /// (glibc stops at the first sequence it rejects). `skipInvalid` adds `-c`.
    static func iconv(_ bytes: [UInt8], from encoding: String, skipInvalid: Bool = false) throws -> String? {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("input", bytes)
        let arguments = (skipInvalid ? ["-c"] : []) + ["-f", encoding, "-t", "UTF-8", file.path]
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/iconv"), arguments)
        guard result.status == 0 else { return nil }
        return String(decoding: result.stdout, as: UTF8.self)
    }

    /// The bytes `iconv -f UTF-8 -t <to>` makes of `text` (for building legacy samples at test time).
    static func encode(_ text: String, to encoding: String) throws -> [UInt8] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("input", Array(text.utf8))
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/iconv"), ["-f", "UTF-8", "-t", encoding, file.path])
        guard result.status == 0 else { throw ReferenceError.failed("iconv -t \(encoding): \(result.err)") }
        return Array(result.stdout)
    }

    /// What Python's `codec` makes of the file at `url` (strict errors).
    static func python(decoding url: URL, codec: String) throws -> String {
        let script = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read().decode(sys.argv[2]).encode('utf-8'))"
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script, url.path, codec])
        guard result.status == 0 else { throw ReferenceError.failed("python3 \(codec): \(result.err)") }
        return String(decoding: result.stdout, as: UTF8.self)
    }

    /// True when python3 is installed.
    static let hasPython = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    /// True when the iconv command is installed (libc-bin on Debian).
    static let hasIconv = FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv")

    enum ReferenceError: Error { case failed(String) }
}
