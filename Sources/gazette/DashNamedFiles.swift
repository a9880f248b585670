#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches a file whose name starts with `-` given as an argument, as a shell glob gives one
/// (`gazette convert * -o out` in a folder holding `-shanghai-2019.txt`). The argument parser
/// reads it as bundled short flags: one holding an `h` printed the help and exited 0, converting
/// nothing, so a script saw success.
enum DashNamedFiles {
    /// The options that take the next argument as their value.
    static let valued: Set<String> = ["-o", "--output", "--from", "--to", "--as", "--year", "--level"]

    /// The usage error for the first argument before `--` that starts with one `-` and names an
    /// existing file or folder, or nil.
    static func refusal(_ arguments: [String]) -> String? {
        var takesValue = false
        for argument in arguments {
            if argument == "--" { return nil }
            defer { takesValue = valued.contains(argument) }
            guard !takesValue, argument.count > 1, argument.hasPrefix("-"), !argument.hasPrefix("--") else { continue }
            var info = stat()
            guard lstat(argument, &info) == 0 else { continue }
            return "'\(argument.oneLine)' is a file whose name starts with '-', which would be read as options; "
                + "give it as ./\(argument.oneLine), or after --"
        }
        return nil
    }
}
