/// Finds the closing signature: the last line that is only a date (2019年12月30日, 二○一二年二月二十日)
/// with no section heading after it, and the agency line just above it when that line is a short,
/// unpunctuated name ending like an agency (临江市花山镇人民政府).
enum SignatureDetector {
    /// Which candidates sign: the agency line (if any) and the date line.
    struct Signature {
        var agencyIndex: Int?
        var dateIndex: Int
        var date: String
    }

    private static let agencyEndings = [
        "人民政府", "政府", "办公室", "办公厅", "委员会", "管委会", "管理委员会", "办事处", "领导小组", "小组",
        "局", "厅", "镇", "乡", "街道", "中心", "院", "所", "部", "处", "区", "县", "市", "州", "旗", "盟", "公司", "署",
    ].map(ScalarText.scalars)

    /// Walks the body candidates back from `last`: `previous` gives the candidate before one (nil
    /// for the first, which is never a date line), `text` its text, `isHeading` whether it starts a
    /// numbered section. Candidates are found as the walk needs them: it usually stops within the
    /// last few, and listing every candidate's text first showed in the profile.
    static func find(
        last: Int?, previous: (Int) -> Int?, text: (Int) -> Substring, isHeading: (Int) -> Bool
    ) -> Signature? {
        var current = last
        while let index = current, let above = previous(index) {
            if isHeading(index) { return nil }
            if let date = DateNormalizer.whole(text(index)) {
                return Signature(agencyIndex: isAgency(text(above)) && !isHeading(above) ? above : nil, dateIndex: index, date: date)
            }
            current = above
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
