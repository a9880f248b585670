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

    /// The index's file name in a folder holding `entries`: `index.html`, else `gazette-index.html`,
    /// else `gazette-index-2.html` and on, the first no document is written under.
    public var fileName: String { fileName { _ in true } }

    /// The first of those names no document is written under and `isFree` accepts (the folder
    /// may hold files the index must not replace, such as the inputs themselves).
    public func fileName(where isFree: (String) -> Bool) -> String {
        let taken = Set(entries.map(\.path))
        var candidates = [Self.fileName, Self.fallbackFileName].makeIterator()
        var number = 1
        while true {
            let name: String
            if let next = candidates.next() {
                name = next
            } else {
                number += 1
                name = "gazette-index-\(number).html"
            }
            if !taken.contains(name), isFree(name) { return name }
        }
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
