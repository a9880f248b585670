/// Renders the `index.html` of a converted collection: documents grouped by year (newest first,
/// unknown year last), then by agency (unknown agency last), each with its title, dates and a
/// relative link. Plain grouped lists and in-page year links; no JavaScript.
///
/// Ordering uses Unicode code point order for agencies and titles, which is deterministic on
/// every machine (locale collation such as pinyin order is not).
public struct CollectionIndex: Sendable {
    /// The file name the index is written under, unless a document already has it.
    public static let fileName = "index.html"
    /// The fallback name when a converted document is itself `index.html`.
    public static let fallbackFileName = "gazette-index.html"

    /// The documents listed.
    public var entries: [CollectionEntry]

    /// Creates an index of the given documents, in any order.
    public init(entries: [CollectionEntry]) { self.entries = entries }

    /// The index's file name in a folder holding `entries`: `index.html` unless that is taken.
    public var fileName: String {
        entries.contains { $0.path == Self.fileName } ? Self.fallbackFileName : Self.fileName
    }

    /// The documents grouped by year, then agency, each group sorted.
    public var groups: [(year: Int?, agencies: [(agency: String?, entries: [CollectionEntry])])] {
        let byYear = Dictionary(grouping: entries, by: \.year)
        let years = byYear.keys.sorted { lhs, rhs in
            switch (lhs, rhs) {
            case let (l?, r?): l > r
            case (_?, nil): true
            default: false
            }
        }
        return years.map { year in
            let byAgency = Dictionary(grouping: byYear[year]!, by: \.agency)
            let agencies = byAgency.keys.sorted { lhs, rhs in
                switch (lhs, rhs) {
                case let (l?, r?): l < r
                case (_?, nil): true
                default: false
                }
            }
            return (year, agencies.map { ($0, byAgency[$0]!.sorted(by: Self.precedes)) })
        }
    }

    /// By publication date, then title, then path, so equal titles still sort the same way every time.
    private static func precedes(_ a: CollectionEntry, _ b: CollectionEntry) -> Bool {
        if (a.publishedDate ?? "") != (b.publishedDate ?? "") { return (a.publishedDate ?? "") < (b.publishedDate ?? "") }
        if a.title != b.title { return a.title < b.title }
        return a.path < b.path
    }
}
