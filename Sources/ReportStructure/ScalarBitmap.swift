/// A set of scalars asked about on nearly every line: one bit per scalar of the Basic Multilingual
/// Plane, so a lookup is a load and a mask, where hashing into a `Set` showed in the profile.
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// Members beyond the BMP (none of the word lists has one so far), kept exact all the same.
    private var beyond: Set<Unicode.Scalar> = []

    /// A bitmap holding `scalars`.
    init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        for scalar in scalars {
            let value = Int(scalar.value)
            if value < 0x10000 { words[value >> 6] |= 1 << UInt64(value & 63) } else { beyond.insert(scalar) }
        }
    }

    /// Whether `scalar` is a member.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        if value < 0x10000 { return words[value >> 6] & (1 << UInt64(value & 63)) != 0 }
        return beyond.contains(scalar)
    }
}
