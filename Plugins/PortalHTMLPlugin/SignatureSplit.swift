import ReportStructure

/// A closing signature written as two sibling blocks after the article (`<p>临江市花山镇人民政府</p>
/// <p>2020年1月15日</p>`): the agency line alone is no report content, so `ReportContinuation`
/// judged it other text and stopped before the date. Read together, the two are a signature.
struct SignatureSplit {
    let tree: PageTree
    let stats: TextStats
    let respectChrome: Bool

    /// Longest agency line, in characters.
    static let longestAgency = 40

    /// True when `agency` is one short line and `date` a line or two that, read after it, make a
    /// signature with both its agency and its date.
    func joins(_ agency: BodyPart, _ date: BodyPart) -> Bool {
        let first = lines(agency), second = lines(date)
        guard first.count == 1, case .line(let name) = first[0], name.count <= Self.longestAgency,
              (1...2).contains(second.count) else { return false }
        let report = ReportStructurer().structure(first + second)
        return report.metadata.signedBy != nil && report.metadata.signedDate != nil && report.blocks.isEmpty
    }

    private func lines(_ part: BodyPart) -> [SourceItem] {
        var collector = LineCollector(tree: tree, stats: stats, respectChrome: respectChrome)
        part.collect(into: &collector)
        return collector.items
    }
}
