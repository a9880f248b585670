extension Document: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, metadata, blocks, provenance
    }

    /// Decodes a document, refusing any schema other than `gazette.document/1`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(String.self, forKey: .schema)
        guard schema == Document.schemaIdentifier else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "unsupported schema \(schema); expected \(Document.schemaIdentifier)")
        }
        metadata = try container.decode(Metadata.self, forKey: .metadata)
        blocks = try container.decode([Block].self, forKey: .blocks)
        provenance = try container.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the document with its schema identifier first.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Document.schemaIdentifier, forKey: .schema)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(provenance, forKey: .provenance)
    }
}
