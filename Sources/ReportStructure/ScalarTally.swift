/// Counts scalars for `ContentAccounting`: a flat array for the Basic Multilingual Plane (fast on
/// megabytes of CJK text), a dictionary above it.
struct ScalarTally {
    private var basic = [Int32](repeating: 0, count: 0x10000)
    private var astral: [Unicode.Scalar: Int] = [:]

    /// Adds (`sign` +1) or removes (-1) the counted scalars of `text`.
    mutating func add(_ text: String, _ sign: Int32) {
        for scalar in text.unicodeScalars where scalar != "|" && !ScalarText.isSpace(scalar) {
            if scalar.value < 0x10000 {
                basic[Int(scalar.value)] += sign
            } else {
                astral[scalar, default: 0] += Int(sign)
            }
        }
    }

    /// Positive counts are missing from the output, negative ones are extra.
    func difference() -> ContentAccounting.Difference {
        var missing: [Unicode.Scalar: Int] = [:]
        var extra: [Unicode.Scalar: Int] = [:]
        for (value, count) in basic.enumerated() where count != 0 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            if count > 0 { missing[scalar] = Int(count) } else { extra[scalar] = Int(-count) }
        }
        for (scalar, count) in astral where count != 0 {
            if count > 0 { missing[scalar] = count } else { extra[scalar] = -count }
        }
        return ContentAccounting.Difference(missing: missing, extra: extra)
    }
}
