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
        "有效性": .other, "信息来源": .other, "公开形式": .other, "内容概述": .other,
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

    /// Label-value pairs when a table's cells are a metadata grid (at least two known labels, few rows).
    static func pairs(in rows: [[String]]) -> [(label: String, value: String)]? {
        guard rows.count <= 12 else { return nil }
        var pairs: [(label: String, value: String)] = []
        for row in rows {
            var index = 0
            while index < row.count {
                let cell = row[index]
                if let known = field(of: cell) {
                    let value = index + 1 < row.count && field(of: row[index + 1]) == nil ? row[index + 1] : ""
                    pairs.append((known.name, value))
                    index += value.isEmpty ? 1 : 2
                    continue
                }
                if let split = splitInline(cell) { pairs.append(split) }
                index += 1
            }
        }
        return pairs.count >= 2 ? pairs : nil
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
