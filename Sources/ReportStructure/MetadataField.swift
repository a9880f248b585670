/// What a portal label (`索 引 号:`, `发布机构:` …) says, and so where its value goes.
enum MetadataField: Equatable {
    case title, agency, publishedDate, indexNumber, documentNumber, category, keywords, source, sourceURL
    /// A label the model has no field for (作者, 有效性): metadata beside other fields, content alone.
    case unmodelled
    /// A label of a disclosure catalogue's record the model has no field for (公开方式, 有效性,
    /// 实施日期): a portal's metadata grid prints it, so it is metadata even alone.
    case catalogue
    /// A portal's editor bookkeeping (责任编辑, 审核): metadata beside other fields, chrome alone.
    case editor
    /// A portal widget or counter label (点击数, 字体): chrome when it carries nothing else.
    case chrome
    /// A crawler's own bookkeeping (本地目录): set aside.
    case crawler

    /// The labels, as written without inner spaces. Longer labels come first so `发布时间` wins over `时间`.
    static let labels: [(label: [Unicode.Scalar], field: MetadataField)] = {
        let table: [(String, MetadataField)] = [
            ("标题", .title), ("题名", .title), ("名称", .title),
            ("索引号", .indexNumber),
            ("主题分类", .category), ("信息分类", .category), ("组配分类", .category), ("体裁分类", .category),
            ("所属栏目", .category), ("分类", .category), ("栏目", .category),
            ("发布机构", .agency), ("发文机关", .agency), ("发布单位", .agency), ("发文单位", .agency),
            ("制发机关", .agency), ("公开机构", .agency),
            ("发布日期", .publishedDate), ("发布时间", .publishedDate), ("发文日期", .publishedDate),
            ("成文日期", .publishedDate), ("公开日期", .publishedDate), ("生成日期", .publishedDate),
            ("更新时间", .publishedDate), ("时间", .publishedDate), ("日期", .publishedDate),
            ("发文字号", .documentNumber), ("文件编号", .documentNumber), ("文号", .documentNumber),
            ("主题词", .keywords), ("关键词", .keywords), ("关键字", .keywords),
            ("信息来源", .source), ("文章来源", .source), ("本文来源", .source), ("来源", .source),
            ("原文链接", .sourceURL), ("原文地址", .sourceURL), ("网址", .sourceURL),
            ("责任编辑", .editor), ("编辑", .editor), ("发布人", .editor), ("审核", .editor),
            ("作者", .unmodelled),
            ("公开方式", .catalogue), ("公开范围", .catalogue), ("公开形式", .catalogue), ("公开时限", .catalogue),
            ("有效性", .catalogue), ("内容概述", .catalogue), ("时效", .catalogue), ("实施日期", .catalogue),
            ("废止日期", .catalogue), ("有效期", .catalogue), ("所属机构", .catalogue),
            ("点击数", .chrome), ("点击量", .chrome), ("浏览次数", .chrome), ("浏览量", .chrome),
            ("访问量", .chrome), ("阅读次数", .chrome), ("访问次数", .chrome), ("字体", .chrome), ("字号", .chrome),
            ("分享到", .chrome),
            ("本地目录", .crawler),
        ]
        return table.map { (ScalarText.scalars($0.0), $0.1) }.sorted { $0.label.count > $1.label.count }
    }()
}
