extension Block: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, level, numbering, text, rows, items
    }

    /// The `type` discriminator values of the JSON form.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case heading, paragraph, table, list
    }

    /// The kind of this block, as written in the JSON `type` key.
    public var kind: Kind {
        switch self {
        case .heading: .heading
        case .paragraph: .paragraph
        case .table: .table
        case .list: .list
        }
    }

    /// Decodes a block from its `type`-tagged JSON object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .type) {
        case .heading:
            self = .heading(Heading(
                level: try container.decode(Int.self, forKey: .level),
                numbering: try container.decodeIfPresent(String.self, forKey: .numbering),
                text: try container.decode(String.self, forKey: .text)))
        case .paragraph:
            self = .paragraph(try container.decode(String.self, forKey: .text))
        case .table:
            self = .table(Table(rows: try container.decode([[TableCell]].self, forKey: .rows)))
        case .list:
            self = .list(try container.decode([String].self, forKey: .items))
        }
    }

    /// Encodes the block as a `type`-tagged JSON object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .type)
        switch self {
        case .heading(let heading):
            try container.encode(heading.level, forKey: .level)
            try container.encodeIfPresent(heading.numbering, forKey: .numbering)
            try container.encode(heading.text, forKey: .text)
        case .paragraph(let text):
            try container.encode(text, forKey: .text)
        case .table(let table):
            try container.encode(table.rows, forKey: .rows)
        case .list(let items):
            try container.encode(items, forKey: .items)
        }
    }
}
