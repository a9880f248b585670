import DocumentModel

/// Checks that nothing was lost: the multiset of non-whitespace characters (unicode scalars) of the
/// source equals that of the body blocks + metadata lines + set-aside lines.
///
/// Counting rules:
/// - Whitespace is the `White_Space` set plus U+200B and U+FEFF, the set the structurer trims with.
/// - A heading counts its numbering and its text; a table counts its cell texts; a list its items.
/// - The ASCII `|` (U+007C) is not counted on either side. It is the cell separator and row mark of
///   scraped pipe tables (`规章 |`, `||||`), which become table structure rather than text. This is a
///   documented blind spot: a `|` lost from prose would not be reported. Every other character is
///   counted, including the full-width `｜`.
/// - Hints (metadata the reader passed in) are not source text and are not counted.
public enum ContentAccounting {
    /// Characters the source has and the output lacks (`missing`), and the reverse (`extra`).
    public struct Difference: Sendable, Equatable, CustomStringConvertible {
        /// Scalars of the source not found in the output, with how many are missing.
        public var missing: [Unicode.Scalar: Int]
        /// Scalars of the output not found in the source, with how many are extra.
        public var extra: [Unicode.Scalar: Int]

        /// True when the two multisets are equal.
        public var isEmpty: Bool { missing.isEmpty && extra.isEmpty }

        /// A short summary: counts and the first few characters of each side.
        public var description: String {
            func list(_ tally: [Unicode.Scalar: Int]) -> String {
                tally.sorted { $0.key.value < $1.key.value }.prefix(12)
                    .map { "\(Character($0.key)) U+\(String($0.key.value, radix: 16, uppercase: true)) x\($0.value)" }
                    .joined(separator: ", ")
            }
            if isEmpty { return "nothing lost, nothing added" }
            return "missing \(missing.values.reduce(0, +)) [\(list(missing))]; extra \(extra.values.reduce(0, +)) [\(list(extra))]"
        }
    }

    /// Compares decoded source text with a structured report.
    public static func unaccounted(source: String, report: StructuredReport) -> Difference {
        unaccounted(source: [.line(source)], blocks: report.blocks, metadataLines: report.metadataLines, setAside: report.setAside)
    }

    /// Compares decoded source text with a document (its provenance holds metadata and set-aside lines).
    public static func unaccounted(source: String, document: Document) -> Difference {
        unaccounted(source: [.line(source)], blocks: document.blocks,
                    metadataLines: document.provenance.metadataLines, setAside: document.provenance.setAside)
    }

    /// Compares the items a reader handed over (lines and parsed tables) with a structured report.
    public static func unaccounted(source: [SourceItem], report: StructuredReport) -> Difference {
        unaccounted(source: source, blocks: report.blocks, metadataLines: report.metadataLines, setAside: report.setAside)
    }

    /// Compares source items with the three places output text can land.
    public static func unaccounted(
        source: [SourceItem], blocks: [Block], metadataLines: [String], setAside: [SetAsideLine]
    ) -> Difference {
        var tally = ScalarTally()
        for item in source {
            switch item {
            case .line(let line): tally.add(line, +1)
            case .table(let table): for row in table.rows { for cell in row { tally.add(cell.text, +1) } }
            }
        }
        for block in blocks {
            switch block {
            case .heading(let heading):
                tally.add(heading.numbering ?? "", -1)
                tally.add(heading.text, -1)
            case .paragraph(let text): tally.add(text, -1)
            case .list(let items): for item in items { tally.add(item, -1) }
            case .table(let table): for row in table.rows { for cell in row { tally.add(cell.text, -1) } }
            }
        }
        for line in metadataLines { tally.add(line, -1) }
        for line in setAside { tally.add(line.text, -1) }
        return tally.difference()
    }
}
