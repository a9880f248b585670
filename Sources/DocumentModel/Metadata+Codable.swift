extension Metadata: Codable {
    private enum CodingKeys: String, CodingKey {
        case title, year, agency, publishedDate, indexNumber, documentNumber
        case category, keywords, source, signedBy, signedDate
    }

    /// Decodes metadata; absent keys are unknown values.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decodeIfPresent(String.self, forKey: .title),
            year: try c.decodeIfPresent(Int.self, forKey: .year),
            agency: try c.decodeIfPresent(String.self, forKey: .agency),
            publishedDate: try c.decodeIfPresent(String.self, forKey: .publishedDate),
            indexNumber: try c.decodeIfPresent(String.self, forKey: .indexNumber),
            documentNumber: try c.decodeIfPresent(String.self, forKey: .documentNumber),
            category: try c.decodeIfPresent(String.self, forKey: .category),
            keywords: try c.decodeIfPresent([String].self, forKey: .keywords) ?? [],
            source: try c.decodeIfPresent(String.self, forKey: .source),
            signedBy: try c.decodeIfPresent(String.self, forKey: .signedBy),
            signedDate: try c.decodeIfPresent(String.self, forKey: .signedDate))
    }

    /// Encodes metadata, omitting unknown values and empty strings.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func put(_ value: String?, _ key: CodingKeys) throws {
            if let value, !value.isEmpty { try c.encode(value, forKey: key) }
        }
        try put(title, .title)
        try c.encodeIfPresent(year, forKey: .year)
        try put(agency, .agency)
        try put(publishedDate, .publishedDate)
        try put(indexNumber, .indexNumber)
        try put(documentNumber, .documentNumber)
        try put(category, .category)
        if !keywords.isEmpty { try c.encode(keywords, forKey: .keywords) }
        try put(source, .source)
        try put(signedBy, .signedBy)
        try put(signedDate, .signedDate)
    }
}
