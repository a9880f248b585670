/// A problem met while reading or writing, collected rather than printed.
///
/// Lives in the model (not in Conversion, as the design first had it) because provenance records it.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable, Comparable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// Orders by seriousness: info < warning < error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// One line saying what happened.
    public var message: String
    /// Offset into the original bytes, where the problem has one.
    public var byteOffset: Int?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, byteOffset: Int? = nil) {
        self.severity = severity
        self.message = message
        self.byteOffset = byteOffset
    }

    /// `severity: message (byte N)`.
    public var description: String {
        if let byteOffset { return "\(severity.rawValue): \(message) (byte \(byteOffset))" }
        return "\(severity.rawValue): \(message)"
    }
}
