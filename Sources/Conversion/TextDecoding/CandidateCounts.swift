/// How one candidate encoding reads a sample: characters, frequent characters among them, errors.
struct CandidateCounts: Sendable, Equatable {
    /// Non-ASCII characters decoded (multibyte sequences, plus 0x80 in GB18030).
    var characters = 0
    /// Those that are frequent Chinese characters or full-width punctuation.
    var frequent = 0
    /// Undecodable sequences.
    var errors = 0

    /// Creates empty counts.
    init() {}

    /// The share of frequent characters among everything non-ASCII the candidate produced
    /// (errors included): high for real Chinese text in the right encoding, low for mojibake.
    var frequentShare: Double {
        let total = characters + errors
        return total == 0 ? 0 : Double(frequent) / Double(total)
    }

    /// The share as a whole percentage, for evidence strings.
    var percent: Int { Int((frequentShare * 100).rounded()) }

    /// The counts of two parts of a sample read separately.
    static func + (a: CandidateCounts, b: CandidateCounts) -> CandidateCounts {
        var sum = a
        sum.characters += b.characters
        sum.frequent += b.frequent
        sum.errors += b.errors
        return sum
    }
}
