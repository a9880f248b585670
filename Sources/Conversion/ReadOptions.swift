/// How a reader should treat the input.
public struct ReadOptions: Sendable, Equatable {
    /// Fail on the first undecodable byte instead of replacing it with U+FFFD and a diagnostic.
    public var strict: Bool

    /// Creates read options.
    public init(strict: Bool = false) {
        self.strict = strict
    }
}
