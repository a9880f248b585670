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
            "External-Description: \(description); \(documents) document\(documents == 1 ? "" : "s")",
            "External-Identifier: \(bundle)",
            "Payload-Oxum: \(payloadBytes).\(payloadFiles)",
        ]
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// A manifest: `sha256  path` lines (two spaces), sorted by path, as `sha256sum -c` reads them.
    ///
    /// Written into one buffer sized up front: a large bundle's manifest is tens of MB, and an array of
    /// line strings joined and copied held it three times.
    static func manifest(_ entries: [(path: String, sha256: String)]) -> [UInt8] {
        let sorted = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sorted.reduce(0) { $0 + $1.sha256.utf8.count + $1.path.utf8.count + 3 })
        for entry in sorted {
            bytes += entry.sha256.utf8
            bytes += [0x20, 0x20]
            bytes += entry.path.utf8
            bytes.append(0x0A)
        }
        return bytes
    }

    /// Parses manifest lines back into path -> digest; nil for a malformed line.
    ///
    /// Line by line over the bytes, the map sized once: no copy of the whole text and no array of
    /// every line (verify of a bundle of ~200,000 files parses a manifest of ~20 MB).
    static func parseManifest(_ bytes: [UInt8]) -> [String: String]? {
        var entries: [String: String] = [:]
        entries.reserveCapacity(bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1)
        let wellFormed = scanManifest(bytes) { digest, path in
            entries[String(decoding: bytes[path], as: UTF8.self)] = digest.lowercased()
        }
        return wellFormed ? entries : nil
    }

    /// Calls `body` with each manifest line's digest text and the byte range of its path, in line
    /// order; false (after the lines before it) at the first malformed line.
    ///
    /// The one reading of `sha256  path` lines (one or more spaces, an optional `*` binary mark) that
    /// ``parseManifest(_:)`` and ``ManifestTable`` share.
    static func scanManifest(_ bytes: [UInt8], _ body: (_ digest: String, _ path: Range<Int>) -> Void) -> Bool {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            guard end > start else { continue }
            let line = bytes[start..<end]
            guard let space = line.firstIndex(of: 0x20) else { return false }
            var pathStart = line[space...].firstIndex { $0 != 0x20 } ?? end
            if pathStart < end, bytes[pathStart] == UInt8(ascii: "*") { pathStart += 1 }
            let digest = String(decoding: line[..<space], as: UTF8.self)
            guard digest.count == 64, pathStart < end else { return false }
            body(digest, pathStart..<end)
        }
        return true
    }

    /// The byte and file counts of `bag-info.txt`'s first `Payload-Oxum` line; nil when there is
    /// none or it is not two integers.
    static func payloadOxum(_ info: [UInt8]) -> (bytes: Int, files: Int)? {
        let line = String(decoding: info, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("Payload-Oxum:") }
        let parts = line.map { $0.dropFirst("Payload-Oxum:".count).trimmingCharacters(" ").split(separator: ".") } ?? []
        guard parts.count == 2, let bytes = Int(parts[0]), let files = Int(parts[1]) else { return nil }
        return (bytes, files)
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
