import Foundation

/// The two fields of an index element that verify reports but does not hold per document.
struct DocumentNames: Decodable {
    /// The report's title, when known.
    var title: String?
    /// The original file name, for display.
    var originalName: String

    /// Decodes them from one element of `documents`, by the same rules as ``BundleDocument``; nil
    /// when the element does not decode.
    static func decode(_ element: [UInt8]) -> DocumentNames? {
        if let document = IndexElementDecoder.document(element) {
            return DocumentNames(title: document.title, originalName: document.originalName)
        }
        return try? JSONDecoder().decode(DocumentNames.self, from: Data(element))
    }

    /// The two fields as a gazette JSON document gives them (`metadata.title`,
    /// `provenance.sourceName`); nil when the bytes do not decode or name no original.
    static func decode(jsonDocument bytes: [UInt8]) -> DocumentNames? {
        struct Document: Decodable {
            struct Metadata: Decodable { var title: String? }
            struct Provenance: Decodable { var sourceName: String }
            var metadata: Metadata?
            var provenance: Provenance
        }
        guard let document = try? JSONDecoder().decode(Document.self, from: Data(bytes)) else { return nil }
        return DocumentNames(title: document.metadata?.title, originalName: document.provenance.sourceName)
    }
}
