/// The BagIt 1.0 tag files (RFC 8493) Gazette writes at the bag root.
enum BagTags {
    /// `bagit.txt`.
    static let bagitText = Array("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)

    /// `bag-info.txt`, with reproducible values only: the date comes from `epoch`, not the clock.
    static func bagInfo(bundle: String, year: Int?, documents: Int, payloadBytes: Int, payloadFiles: Int,
                        epoch: Int, toolVersion: String) -> [UInt8] {
        let description = year.map { "Government information-disclosure annual reports (政府信息公开年度报告) for the year \($0)" }
            ?? "Government information-disclosure annual reports (政府信息公开年度报告) whose report year could not be determined"
        let lines = [
            "Bag-Software-Agent: gazette \(toolVersion)",
            "Bagging-Date: \(civilDate(epoch: epoch))",
            "External-Description: \(description); \(documents) documents",
            "External-Identifier: \(bundle)",
            "Payload-Oxum: \(payloadBytes).\(payloadFiles)",
        ]
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// A manifest: `sha256  path` lines (two spaces), sorted by path, as `sha256sum -c` reads them.
    static func manifest(_ entries: [(path: String, sha256: String)]) -> [UInt8] {
        let lines = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.map { "\($0.sha256)  \($0.path)\n" }
        return Array(lines.joined().utf8)
    }

    /// Parses manifest lines back into path -> digest; nil for a malformed line.
    static func parseManifest(_ bytes: [UInt8]) -> [String: String]? {
        var entries: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            guard let space = line.firstIndex(of: " ") else { return nil }
            let digest = String(line[..<space])
            var path = line[space...].drop(while: { $0 == " " })
            if path.hasPrefix("*") { path = path.dropFirst() }
            guard digest.count == 64, !path.isEmpty else { return nil }
            entries[String(path)] = digest.lowercased()
        }
        return entries
    }

    /// `YYYY-MM-DD` of a Unix time, in UTC (Howard Hinnant's days-to-civil algorithm).
    static func civilDate(epoch: Int) -> String {
        let days = epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
