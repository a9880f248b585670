/// The one error type of Gazette: a stable code, a one-line message, and where it happened.
public struct GazetteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is; each maps to a stable process exit status.
    public enum Code: String, Sendable, CaseIterable {
        /// The command line was wrong.
        case usage
        /// An input does not exist.
        case notFound
        /// An input exists but could not be read.
        case unreadable
        /// An input is binary (NUL bytes, an image, archive or PDF signature).
        case binaryInput
        /// No reader recognises the input.
        case unsupportedFormat
        /// Two readers of different formats recognise the input equally well.
        case ambiguousFormat
        /// Bytes that do not decode, with `--strict`.
        case invalidEncoding
        /// An input is in a known format but malformed (bad JSON, a broken bundle member).
        case malformedInput
        /// Output could not be written.
        case outputFailed
        /// A bundle failed verification.
        case bundleDamaged
        /// An archive entry was refused as unsafe (`..`, absolute path, link, device, size bomb).
        case unsafeEntry
        /// A bundle document was kept as its original only (it could not be converted), so it has no JSON or HTML.
        case notConverted
        /// A bug: something that should not happen.
        case `internal`

        /// The stable process exit status for this code (documented in the README).
        public var exitStatus: Int32 {
            switch self {
            case .usage: 64
            case .binaryInput, .unsupportedFormat, .ambiguousFormat, .invalidEncoding, .malformedInput: 65
            case .notFound, .unreadable: 66
            case .internal: 70
            case .outputFailed: 73
            case .bundleDamaged: 2
            case .unsafeEntry, .notConverted: 65
            }
        }
    }

    /// What kind of failure.
    public var code: Code
    /// One line saying what went wrong, without the file name (that is `file`).
    public var message: String
    /// The file concerned, as given on the command line.
    public var file: String?
    /// Offset into the file's bytes, where the failure has one.
    public var byteOffset: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String? = nil, byteOffset: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.byteOffset = byteOffset
    }

    /// The same error, naming `file` if it names none yet.
    public func naming(_ file: String) -> GazetteError {
        var copy = self
        if copy.file == nil { copy.file = file }
        return copy
    }

    /// One line: `FILE: byte N: message`, with the parts that are known.
    public var description: String {
        var line = ""
        if let file { line += "\(file): " }
        if let byteOffset { line += "byte \(byteOffset): " }
        return line + message
    }
}
