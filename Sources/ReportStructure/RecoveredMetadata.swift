import DocumentModel

/// Everything the text says about itself, gathered while classifying, then merged with the
/// reader's hints into `Metadata`.
struct RecoveredMetadata {
    var labelled: [MetadataField: [String]] = [:]
    var sitePrefix: String?
    var titleLine: String?
    /// The first content pieces, searched only when nothing better gives a title or year.
    var openings: [Substring] = []
    var signedBy: String?
    var signedDate: String?
    /// Dates a page prints without a label: beside the title, or before its `来源：` field
    /// (`2021-01-15 10:16:00　来源：…`). A portal prints its publishing date there.
    var unlabelledDates: [String] = []
    /// The unlabelled text before the first metadata lines' fields, by piece index, when it is
    /// neither a site name nor a date: a title line may carry its fields (`…年度报告 发布时间：…`).
    var fieldLinePrefixes: [Int: String] = [:]

    /// Records the fields of a metadata line, the piece at `piece`.
    mutating func add(_ line: MetadataLine, piece: Int) {
        for entry in line.entries where !entry.value.isEmpty {
            labelled[entry.field, default: []].append(entry.value)
        }
        if line.prefix.isEmpty { return }
        if sitePrefix == nil, looksLikeSite(line.prefix) {
            sitePrefix = line.prefix
        } else if let date = DateNormalizer.whole(line.prefix[...]) {
            unlabelledDates.append(date)
        } else if fieldLinePrefixes.count < PieceClassifier.headerWindow {
            // A title sits at the top: a page of such lines keeps only the first few.
            fieldLinePrefixes[piece] = line.prefix
        }
    }

    /// `String.contains` compares Characters and is slow even on the empty prefix most lines have;
    /// the words are ASCII, so every match it can find is also a byte match, and the byte scan
    /// only lets hits through to it.
    private func looksLikeSite(_ text: String) -> Bool {
        guard ScalarText.containsAny(text[...], Self.siteWords) else { return false }
        return text.contains(".gov.cn") || text.contains("www.") || text.contains(".com") || text.contains(".org")
    }

    private static let siteWords = ByteNeedles([".gov.cn", "www.", ".com", ".org"])

    private func first(_ field: MetadataField) -> String? { labelled[field]?.first }

    /// Merges with `hints`. Hints win, except that the report's own title (a `标题:` label or its
    /// title line) beats a portal `<title>`. Agency: hint, `发布机构`, signature, the name the
    /// title starts with, then the agency an opening sentence says compiled the report. Year: the
    /// first year in the title, else the stated statistics period; a year range (2019-2020年度)
    /// gives its later year and an info diagnostic in `diagnostics` saying so.
    func metadata(hints: Metadata, diagnostics: inout [Diagnostic]) -> Metadata {
        var result = hints
        let heads = LazyHeads(openings)
        let ownTitle = first(.title) ?? titleLine
        result.title = ownTitle ?? hints.title.map(TitleInference.trimmedHint) ?? heads.inferredTitle
        if result.year == nil {
            let stated = [result.title, titleLine].lazy.compactMap { $0 }.compactMap { title in
                ReportYear.span(in: Array(title.unicodeScalars)).map { (title, $0) }
            }.first
            result.year = stated?.1.year ?? heads.statisticsYear
            if let (title, span) = stated, let note = Self.rangeNote(title, span) { diagnostics.append(note) }
        }
        if result.agency == nil {
            result.agency = first(.agency) ?? signedBy ?? result.title.flatMap(TitleInference.agency(fromTitle:))
                ?? heads.compilingAgency
        }
        if result.publishedDate == nil {
            result.publishedDate = labelled[.publishedDate]?.lazy.compactMap { DateNormalizer.leading($0[...]) }.first
                ?? unlabelledDates.first
        }
        if result.indexNumber == nil { result.indexNumber = first(.indexNumber) }
        if result.documentNumber == nil { result.documentNumber = first(.documentNumber) }
        if result.category == nil { result.category = first(.category) }
        if result.keywords.isEmpty { result.keywords = (labelled[.keywords] ?? []).flatMap(Self.keywords) }
        if result.source == nil { result.source = first(.source) ?? first(.sourceURL) ?? sitePrefix }
        if result.signedBy == nil { result.signedBy = signedBy }
        if result.signedDate == nil { result.signedDate = signedDate }
        return result
    }

    /// Says which year a title's year range was filed under, or nil for a single year.
    private static func rangeNote(_ title: String, _ span: ReportYear.Span) -> Diagnostic? {
        guard let earlier = span.earlier else { return nil }
        let written = ScalarText.string(Array(title.unicodeScalars)[span.start..<span.end])
        let covered = span.year == earlier + 1 ? "\(earlier) and \(span.year)" : "\(earlier) to \(span.year)"
        return Diagnostic(.info,
            "the title names a year range (\(written)): the report covers \(covered); filed under \(span.year), the year it reports up to")
    }

    /// The openings as scalars (their first 1,000), each made only when a rule reaches it: the
    /// first opening usually answers, and copying all eight showed in the profile.
    private final class LazyHeads {
        let texts: [Substring]
        private var made: [[Unicode.Scalar]?]
        lazy var inferredTitle: String? = texts.indices.lazy.compactMap { TitleInference.inferred(from: self.scalars($0)) }.first
        lazy var statisticsYear: Int? = texts.indices.lazy.compactMap { ReportYear.statisticsPeriod(in: self.scalars($0)) }.first
        lazy var compilingAgency: String? = texts.indices.lazy.compactMap { TitleInference.compilingAgency(in: self.scalars($0)) }.first

        init(_ texts: [Substring]) {
            self.texts = texts
            made = Array(repeating: nil, count: texts.count)
        }

        private func scalars(_ index: Int) -> [Unicode.Scalar] {
            if let scalars = made[index] { return scalars }
            let scalars = ScalarText.prefix(texts[index], 1000)
            made[index] = scalars
            return scalars
        }
    }

    /// Keywords separated by spaces or list punctuation.
    static func keywords(_ value: String) -> [String] {
        value.unicodeScalars.split { ScalarText.isSpace($0) || "，,、；;".unicodeScalars.contains($0) }
            .map { String(String.UnicodeScalarView($0)) }
    }
}
