/// One unit of a report's body. The enum is closed so writers switch over it exhaustively.
public enum Block: Sendable, Equatable {
    /// A section heading; its level comes from its numbering (一、 > （一） > 1. > （1）).
    case heading(Heading)
    /// A paragraph of running text.
    case paragraph(String)
    /// A table, flattened by a scraper and rebuilt, or read from HTML.
    case table(Table)
    /// A list of items, in order.
    case list([String])
}

/// A numbered section heading.
public struct Heading: Sendable, Equatable, Codable {
    /// 1 (一、) to 4 (（1）).
    public var level: Int
    /// The numbering as written in the source, e.g. `一、` or `（二）`; nil when unnumbered.
    public var numbering: String?
    /// The heading text without its numbering.
    public var text: String

    /// Creates a heading.
    public init(level: Int, numbering: String? = nil, text: String) {
        self.level = level
        self.numbering = numbering
        self.text = text
    }
}
