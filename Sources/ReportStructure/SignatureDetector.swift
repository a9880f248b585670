/// Finds the closing signature: the last line that is only a date (2019年12月30日, 二○一二年二月二十日)
/// with no section heading after it, and the agency line just above it when that line is a short,
/// unpunctuated name ending like an agency (临江市花山镇人民政府).
enum SignatureDetector {
    /// Indexes into the candidate lines: the agency line (if any) and the date line.
    struct Signature {
        var agencyIndex: Int?
        var dateIndex: Int
        var date: String
    }

    private static let agencyEndings = [
        "人民政府", "政府", "办公室", "办公厅", "委员会", "管委会", "管理委员会", "办事处", "领导小组", "小组",
        "局", "厅", "镇", "乡", "街道", "中心", "院", "所", "部", "处", "区", "县", "市", "州", "旗", "盟", "公司", "署",
    ].map(ScalarText.scalars)

    /// `lines` are the body candidates in order; `isHeading` tells which start a numbered section.
    static func find(_ lines: [Substring], isHeading: (Int) -> Bool) -> Signature? {
        var index = lines.count - 1
        while index > 0 {
            if isHeading(index) { return nil }
            if let date = DateNormalizer.whole(lines[index]) {
                let above = index - 1
                return Signature(agencyIndex: isAgency(lines[above]) && !isHeading(above) ? above : nil, dateIndex: index, date: date)
            }
            index -= 1
        }
        return nil
    }

    /// A short name with no prose punctuation and an agency ending.
    static func isAgency(_ text: Substring) -> Bool {
        ScalarText.withPrefix(text, 31) { isAgency(scalars: $0) }
    }

    private static func isAgency(scalars s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard s.count >= 3, s.count <= 30, !s.contains(where: { ScalarText.isProsePunctuation($0) || ScalarText.isSpace($0) }) else { return false }
        return agencyEndings.contains { s.count > $0.count && s.suffix($0.count).elementsEqual($0) }
    }
}
