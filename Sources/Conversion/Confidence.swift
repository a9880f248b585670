/// How sure a sniffer is that it can read a sample, from 0 (not at all) to 1 (certain).
public struct Confidence: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The value, clamped to 0...1.
    public let value: Double

    /// Creates a confidence, clamping to 0...1.
    public init(_ value: Double) { self.value = min(1, max(0, value)) }

    /// The reader cannot read this input.
    public static let none = Confidence(0)
    /// Possible, but another reader is likely better (e.g. text that might be anything).
    public static let low = Confidence(0.25)
    /// Likely.
    public static let medium = Confidence(0.5)
    /// Strong evidence, e.g. a declaration or markup.
    public static let high = Confidence(0.8)
    /// Unambiguous, e.g. a signature or a BOM.
    public static let certain = Confidence(1)

    /// Orders by value.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.value < rhs.value }

    /// The value with two decimals.
    public var description: String {
        let hundredths = Int((value * 100).rounded())
        return hundredths == 100 ? "1.00" : "0.\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
