/// The named character references of the HTML Standard that libxml2 2.9 reads differently: the
/// names HTML 4.01 lacks (`&lpar;` `&colon;` `&lowbar;`…) and the legacy names HTML5 also reads
/// without a semicolon (`&nbsp` `&copy`). The table is generated (`scripts/gen-html5-entities`).
enum HTML5NamedReferences {
    /// Code points by name; a name with its `;`, a legacy name also without.
    static let table: [String: [UInt32]] = {
        var table: [String: [UInt32]] = [:]
        for entry in packed.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            let values = entry[entry.index(after: equals)...].split(separator: "+").compactMap { UInt32($0, radix: 16) }
            table[String(entry[..<equals])] = values
        }
        return table
    }()

    /// Longest legacy name (read without `;`).
    static let longestLegacyName = table.keys.filter { !$0.hasSuffix(";") }.map(\.utf8.count).max() ?? 0
    /// Longest name with its `;`.
    static let longestName = table.keys.map(\.utf8.count).max() ?? 0
}
