/// A table as rows of cells; spans are explicit, so a cell covered by a span is not repeated.
public struct Table: Sendable, Equatable, Codable {
    /// The rows, top to bottom; each row lists the cells that start in it, left to right.
    public var rows: [[TableCell]]

    /// Creates a table from its rows.
    public init(rows: [[TableCell]]) {
        self.rows = rows
    }

    /// The number of grid columns, counting column spans.
    public var columnCount: Int {
        rows.map { $0.reduce(0) { $0 + $1.colSpan } }.max() ?? 0
    }
}

/// One table cell: its text exactly as written, and how far it spans.
public struct TableCell: Sendable, Equatable {
    /// The cell text, kept exactly (numbers as written, `%` included).
    public var text: String
    /// Rows covered, 1 when the cell does not span.
    public var rowSpan: Int
    /// Columns covered, 1 when the cell does not span.
    public var colSpan: Int

    /// Creates a cell.
    public init(_ text: String, rowSpan: Int = 1, colSpan: Int = 1) {
        self.text = text
        self.rowSpan = rowSpan
        self.colSpan = colSpan
    }
}

extension TableCell: Codable {
    private enum CodingKeys: String, CodingKey { case text, rowSpan, colSpan }

    /// Decodes a cell; absent spans mean 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        rowSpan = try container.decodeIfPresent(Int.self, forKey: .rowSpan) ?? 1
        colSpan = try container.decodeIfPresent(Int.self, forKey: .colSpan) ?? 1
    }

    /// Encodes a cell, writing spans only when they are not 1.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        if rowSpan != 1 { try container.encode(rowSpan, forKey: .rowSpan) }
        if colSpan != 1 { try container.encode(colSpan, forKey: .colSpan) }
    }
}
