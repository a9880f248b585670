import Conversion

/// Recovers the exact bytes of path arguments, which `CommandLine.arguments` repairs when they are not UTF-8.
enum RawArguments {
    /// The exact bytes of the argv entry that `argument` was decoded from.
    static func path(_ argument: String) -> FilePath {
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return FilePath(argument) }
        for index in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let raw = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }
            if String(decoding: raw, as: UTF8.self) == argument { return FilePath(bytes: raw) }
        }
        return FilePath(argument)
    }
}
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
