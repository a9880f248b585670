import Foundation

/// Finds a key `gazette.document/1` does not have: the schema closes every object
/// (`additionalProperties: false`), and `JSONDecoder` skips unknown keys in silence, so a field a
/// document carried would be lost by reading it and writing it back.
enum UnknownKeys {
    /// The keys each object of the schema allows (`UnknownKeysTests` compares them with the schema).
    static let allowed: [String: Set<String>] = [
        "document": ["schema", "metadata", "blocks", "provenance"],
        "metadata": ["title", "year", "agency", "publishedDate", "indexNumber", "documentNumber", "category", "keywords",
                     "source", "signedBy", "signedDate"],
        "heading": ["type", "level", "numbering", "text"],
        "paragraph": ["type", "text"],
        "table": ["type", "rows"],
        "list": ["type", "items"],
        "cell": ["text", "rowSpan", "colSpan"],
        "provenance": ["sourceName", "sourceNameHex", "byteCount", "sha256", "format", "encoding", "confidence", "evidence",
                       "reader", "setAside", "metadataLines", "diagnostics"],
        "reader": ["name", "version"],
        "setAside": ["text", "reason"],
        "diagnostic": ["severity", "message", "byteOffset"],
    ]

    /// The JSON path of the first unknown key (`metadata.author`), or nil.
    static func first(in bytes: [UInt8]) -> String? {
        guard let document = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        if let key = unknown(document, "document") { return key }
        if let metadata = document["metadata"] as? [String: Any], let key = unknown(metadata, "metadata") { return "metadata.\(key)" }
        for (index, block) in (document["blocks"] as? [[String: Any]] ?? []).enumerated() {
            let kind = block["type"] as? String ?? ""
            if allowed[kind] != nil, let key = unknown(block, kind) { return "blocks[\(index)].\(key)" }
            for (row, cells) in (block["rows"] as? [[Any]] ?? []).enumerated() {
                for (column, cell) in cells.enumerated() {
                    if let cell = cell as? [String: Any], let key = unknown(cell, "cell") { return "blocks[\(index)].rows[\(row)][\(column)].\(key)" }
                }
            }
        }
        guard let provenance = document["provenance"] as? [String: Any] else { return nil }
        if let key = unknown(provenance, "provenance") { return "provenance.\(key)" }
        if let reader = provenance["reader"] as? [String: Any], let key = unknown(reader, "reader") { return "provenance.reader.\(key)" }
        for (field, kind) in [("setAside", "setAside"), ("diagnostics", "diagnostic")] {
            for (index, item) in (provenance[field] as? [[String: Any]] ?? []).enumerated() {
                if let key = unknown(item, kind) { return "provenance.\(field)[\(index)].\(key)" }
            }
        }
        return nil
    }

    /// The first key of `object` (in text order, so the message is stable) that `kind` lacks.
    private static func unknown(_ object: [String: Any], _ kind: String) -> String? {
        let keys = allowed[kind] ?? []
        return object.keys.filter { !keys.contains($0) }.min()
    }
}
