import DocumentModel

/// The labels of the metadata grids government portals put above an article (索引号, 发布机构…).
enum MetadataLabels {
    /// Which metadata field each label (white space and colons removed) fills.
    enum Field { case title, indexNumber, category, agency, date, documentNumber, keywords, other }

    static let fields: [String: Field] = [
        "索引号": .indexNumber, "分类": .category, "主题分类": .category, "信息分类": .category, "组配分类": .category,
        "体裁分类": .category, "发布机构": .agency, "发文机关": .agency, "发布单位": .agency, "公开机构": .agency,
        "发文单位": .agency, "制发机关": .agency, "发文日期": .date, "成文日期": .date, "发布日期": .date,
        "生成日期": .date, "公开日期": .date, "文号": .documentNumber, "发文字号": .documentNumber,
        "文件编号": .documentNumber, "主题词": .keywords, "关键词": .keywords, "名称": .title, "标题": .title,
        "标　题": .title, "公开方式": .other, "公开范围": .other, "公开时限": .other, "时效": .other,
        "有效性": .other, "信息来源": .other, "公开形式": .other, "内容概述": .other, "实施日期": .other,
        "废止日期": .other, "有效期": .other, "所属机构": .other,
    ]

    /// The label without white space and trailing colon, when it is a known metadata label.
    static func field(of label: String) -> (name: String, field: Field)? {
        let name = normalized(label)
        return fields[name].map { (name, $0) }
    }

    static func normalized(_ label: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in label.unicodeScalars where !(scalar.properties.isWhitespace || scalar == "\u{3000}") {
            scalars.append(scalar)
        }
        var name = String(scalars)
        while let last = name.last, last == ":" || last == "：" { name.removeLast() }
        return name
    }

    /// The cells of a metadata grid (at least two known labels, few rows) as label-value pairs, in
    /// order; nil for any other table. Every cell with text is in them, so nothing of the grid is
    /// lost: a label the reader does not know (`实施日期：`) keeps its value beside it, and a cell
    /// that is neither a label nor a label's value is a pair with an empty label (`line(of:)`).
    static func pairs(in rows: [[String]]) -> [(label: String, value: String)]? {
        guard rows.count <= 12 else { return nil }
        var pairs: [(label: String, value: String)] = []
        var known = 0
        for row in rows {
            var index = 0
            while index < row.count {
                let cell = row[index]
                let next = index + 1 < row.count ? row[index + 1] : nil
                let isValue = next.map { !$0.isEmpty && field(of: $0) == nil && unknownLabel($0) == nil } ?? false
                if let label = field(of: cell)?.name ?? unknownLabel(cell) {
                    if fields[label] != nil { known += 1 }
                    pairs.append((label, isValue ? next ?? "" : ""))
                    index += isValue ? 2 : 1
                    continue
                }
                if let split = splitInline(cell) {
                    known += 1
                    pairs.append(split)
                } else if !cell.isEmpty {
                    pairs.append(("", cell))
                }
                index += 1
            }
        }
        return known >= 2 ? pairs : nil
    }

    /// The line a grid pair reads as: `label：value`, `label：` without a value, the bare text
    /// of a cell that is no label's.
    static func line(of pair: (label: String, value: String)) -> String {
        if pair.label.isEmpty { return pair.value }
        return pair.value.isEmpty ? "\(pair.label)：" : "\(pair.label)：\(pair.value)"
    }

    /// Longest label, in characters, a grid cell ending in a colon is read as when the reader
    /// does not know it (`实施日期：`, `所属机构：`); a longer cell is text.
    static let longestUnknownLabel = 8

    /// The name of a cell that is a short label ending in a colon, without white space and colon.
    static func unknownLabel(_ cell: String) -> String? {
        guard let last = cell.unicodeScalars.last(where: { !($0.properties.isWhitespace || $0 == "\u{3000}") }),
              last == ":" || last == "：" else { return nil }
        let name = normalized(cell)
        guard !name.isEmpty, name.count <= longestUnknownLabel,
              !name.contains(where: { ":：。，；,;".contains($0) }) else { return nil }
        return name
    }

    /// `索 引 号：X` in one cell.
    static func splitInline(_ text: String) -> (label: String, value: String)? {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        guard let known = field(of: String(text[..<colon])) else { return nil }
        let value = String(text[text.index(after: colon)...]).trimmingCharacters(in: " \u{3000}\u{A0}")
        return (known.name, String(value))
    }

    /// Fills the fields of `metadata` still unknown from the pairs.
    static func fill(_ metadata: inout Metadata, from pairs: [(label: String, value: String)]) {
        for (label, value) in pairs where !value.isEmpty {
            switch fields[label] {
            case .title: if metadata.title == nil { metadata.title = value }
            case .indexNumber: if metadata.indexNumber == nil { metadata.indexNumber = value }
            case .category: if metadata.category == nil { metadata.category = value }
            case .agency: if metadata.agency == nil { metadata.agency = value }
            case .date: if metadata.publishedDate == nil { metadata.publishedDate = DateText.normalized(value) }
            case .documentNumber: if metadata.documentNumber == nil { metadata.documentNumber = value }
            case .keywords: if metadata.keywords.isEmpty { metadata.keywords = Keywords.split(value) }
            case .other, nil: break
            }
        }
    }
}
