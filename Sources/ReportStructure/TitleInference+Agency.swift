/// The agency a report title names. A wrong agency is worse than none: an index shows it as the
/// report's author, so a candidate that is not a plain name gives nil.
extension TitleInference {
    private static let disclosurePhrases = ["政府信息公开", "政务公开", "信息公开"].map(ScalarText.scalars)
    private static let about = ScalarText.scalars("关于")
    private static let people = ScalarText.scalars("人民")
    private static let government = ScalarText.scalars("政府")
    /// Scalars no agency name contains: what is left of a year or a year range (`2019-`, `2018—`).
    private static let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "－", "―", "~", "～", "_"]

    /// The agency a title names: what precedes its year (平潭县人民政府2011年…), else what lies between
    /// the year and 政府信息公开 (2017年通化市铁厂镇政府信息公开… → 通化市铁厂镇). 关于 around the
    /// name is dropped (某某县教育局关于2019年… → 某某县教育局). Nil when neither is a name.
    static func agency(fromTitle title: String) -> String? {
        let s = Array(title.unicodeScalars)
        guard let year = ReportYear.span(in: s) else { return nil }
        var candidate = stripped(s[0..<year.start])
        if candidate.count < 2 {
            let rest = s[year.end...]
            guard let phrase = disclosurePhrases.compactMap({ ScalarText.find($0, in: Array(rest)) }).min() else { return nil }
            let phraseAt = rest.startIndex + phrase
            candidate = stripped(rest[..<phraseAt])
            // 某某县人民政府信息公开 reads 人民政府 + 信息公开, but 政府信息公开 is found first,
            // inside the name: give the name its 政府 back.
            if candidate.suffix(2).elementsEqual(people), ScalarText.matches(s, at: phraseAt, government) {
                candidate = s[candidate.startIndex..<(phraseAt + government.count)]
            }
        }
        guard (2...30).contains(candidate.count), !candidate.contains(where: isForeign) else { return nil }
        return ScalarText.string(candidate)
    }

    /// `candidate` without spaces at its ends (`某某县人民政府 2021 年…` from PDF text) and a
    /// leading or trailing 关于 (关于某某市2019年…, 某某局关于2019年…).
    private static func stripped(_ candidate: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = candidate
        while let first = slice.first, ScalarText.isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, ScalarText.isSpace(last) { slice = slice.dropLast() }
        if slice.prefix(2).elementsEqual(about) { slice = slice.dropFirst(2) }
        if slice.suffix(2).elementsEqual(about) { slice = slice.dropLast(2) }
        return slice
    }

    /// Scalars that show a candidate is not a name: punctuation, spaces, digits, dashes.
    private static func isForeign(_ scalar: Unicode.Scalar) -> Bool {
        ScalarText.isProsePunctuation(scalar) || ScalarText.isSpace(scalar) || ScalarText.digit(scalar) != nil || dashes.contains(scalar)
    }
}

extension TitleInference {
    private static let compileLeads = ["组织编制了", "编制了", "编制完成了", "发布了"].map(ScalarText.scalars)
    private static let organizing = ScalarText.scalars("组织")
    private static let reportWord = ScalarText.scalars("报告")
    /// Words that open a clause but name no one (我局编制了, 本单位, 该局).
    private static let pronouns: Set<Unicode.Scalar> = ["我", "本", "该", "各", "全", "现", "并", "已", "又", "还"]

    /// The agency that says it compiled the report in its opening sentence:
    /// `…,花山镇政府组织编制了2019年度政府信息公开年度报告。` → 花山镇政府. Only a clause whose
    /// subject is a plain agency name (an agency ending, no digits or brackets, not 我局 or 本单位)
    /// and whose object, within the sentence, is a 报告 counts.
    static func compilingAgency(in s: [Unicode.Scalar]) -> String? {
        for lead in compileLeads {
            var from = 0
            while let at = ScalarText.find(lead, in: s, from: from) {
                from = at + lead.count
                if let name = subject(s, before: at, leadEnd: at + lead.count) { return name }
            }
        }
        return nil
    }

    private static func subject(_ s: [Unicode.Scalar], before at: Int, leadEnd: Int) -> String? {
        var objectEnd = leadEnd
        while objectEnd < s.count, objectEnd - leadEnd < 60, !ScalarText.isSentenceEnd(s[objectEnd]), s[objectEnd] != "，", s[objectEnd] != "," {
            objectEnd += 1
        }
        guard ScalarText.find(reportWord, in: Array(s[leadEnd..<objectEnd])) != nil else { return nil }
        var start = at
        while start > 0, at - start < 30, isNameScalar(s[start - 1]) { start -= 1 }
        guard start == 0 || !isNameScalar(s[start - 1]) else { return nil }
        var name = s[start..<at]
        if name.suffix(2).elementsEqual(organizing) { name = name.dropLast(2) }
        guard let first = name.first, !pronouns.contains(first),
              SignatureDetector.isAgency(Substring(ScalarText.string(name))) else { return nil }
        return ScalarText.string(name)
    }

    /// Scalars an agency name is made of: anything but punctuation, spaces, digits, brackets and quotes.
    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        !(isForeign(scalar) || "()（）《》〈〉“”\"'‘’〔〕[]【】".unicodeScalars.contains(scalar) || ScalarText.isSentenceEnd(scalar))
    }
}
