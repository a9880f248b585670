/// Reads the small Chinese numerals of section markers (一 to 九十九) and year digits (二〇一九).
enum ChineseNumber {
    /// The value of a section number such as `三`, `十`, `十二`, `二十一`; nil for anything else.
    static func value<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        var total = 0
        var pending: Int?
        var sawTen = false
        for scalar in scalars {
            if scalar == "十" {
                guard !sawTen else { return nil }
                total += (pending ?? 1) * 10
                pending = nil
                sawTen = true
            } else if let digit = ScalarText.chineseDigit(scalar), digit > 0 {
                guard pending == nil else { return nil }
                pending = digit
            } else {
                return nil
            }
        }
        total += pending ?? 0
        return total > 0 ? total : nil
    }

    /// True for the scalars that can make up a section number.
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "十" || (ScalarText.chineseDigit(scalar).map { $0 > 0 } ?? false)
    }

    /// A year written digit by digit (二〇一二 → 2012), nil unless exactly four digits.
    static func yearDigits<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        guard scalars.count == 4 else { return nil }
        var year = 0
        for scalar in scalars {
            guard let digit = ScalarText.chineseDigit(scalar) else { return nil }
            year = year * 10 + digit
        }
        return year
    }
}
