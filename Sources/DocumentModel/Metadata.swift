/// What a report states about itself. Every field is optional: unknown values are omitted.
public struct Metadata: Sendable, Equatable {
    /// The report's own title line, or one inferred from its text.
    public var title: String?
    /// The year reported on (a 2013 report published in 2014 has year 2013).
    public var year: Int?
    /// The issuing agency (发布机构).
    public var agency: String?
    /// Publication date, `YYYY-MM-DD`.
    public var publishedDate: String?
    /// The index number (索引号).
    public var indexNumber: String?
    /// The document number (文号).
    public var documentNumber: String?
    /// The portal's category (分类).
    public var category: String?
    /// Subject keywords (主题词); empty when unknown.
    public var keywords: [String]
    /// Where the portal says the report came from (来源), or the source site.
    public var source: String?
    /// Who signed the report (the closing signature line).
    public var signedBy: String?
    /// The closing signature date, `YYYY-MM-DD`.
    public var signedDate: String?

    /// Creates metadata; every field defaults to unknown.
    public init(
        title: String? = nil, year: Int? = nil, agency: String? = nil,
        publishedDate: String? = nil, indexNumber: String? = nil, documentNumber: String? = nil,
        category: String? = nil, keywords: [String] = [], source: String? = nil,
        signedBy: String? = nil, signedDate: String? = nil
    ) {
        self.title = title
        self.year = year
        self.agency = agency
        self.publishedDate = publishedDate
        self.indexNumber = indexNumber
        self.documentNumber = documentNumber
        self.category = category
        self.keywords = keywords
        self.source = source
        self.signedBy = signedBy
        self.signedDate = signedDate
    }
}
