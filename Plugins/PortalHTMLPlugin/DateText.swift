/// Dates as portals write them (`2014-01-08`, `2014年1月8日`, `2014/1/8 10:20`) as `YYYY-MM-DD`.
enum DateText {
    /// The first date in `text` as `YYYY-MM-DD`, or nil.
    static func normalized(_ text: String) -> String? {
        var numbers: [Int] = []
        var current: Int?
        var digits = 0
        for scalar in text.unicodeScalars {
            if scalar.value >= 48, scalar.value <= 57 {
                let digit = Int(scalar.value) - 48
                current = (current ?? 0) * 10 + digit
                digits += 1
                if digits > 4 { return nil }
                continue
            }
            if let value = current {
                numbers.append(value)
                current = nil
                digits = 0
                if numbers.count == 3 { break }
            }
            guard "-/.年月日 ".unicodeScalars.contains(scalar) else {
                if !numbers.isEmpty { break }
                continue
            }
        }
        if let value = current, numbers.count < 3 { numbers.append(value) }
        guard numbers.count == 3, (1900...2100).contains(numbers[0]), (1...12).contains(numbers[1]),
            (1...31).contains(numbers[2])
        else { return nil }
        let pad: (Int) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(numbers[0])-\(pad(numbers[1]))-\(pad(numbers[2]))"
    }
}
