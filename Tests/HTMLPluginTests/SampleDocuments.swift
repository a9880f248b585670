import DocumentModel

/// Documents built by hand so every block kind and every metadata and provenance field is covered,
/// independent of how the report structure recovers them from text.
enum SampleDocuments {
    static let reader = ReaderIdentity(name: "GBKTextReader", version: "1.0.0")

    /// Every block kind, headings at levels 1-4, a table with spans, a header row and percentages,
    /// full metadata, diagnostics, set-aside chrome and metadata lines.
    static let full = Document(
        metadata: Metadata(
            title: "北京市某区人民政府2017年政府信息公开工作年度报告", year: 2017, agency: "某区人民政府办公室",
            publishedDate: "2018-03-30", indexNumber: "11000000X/2018-00123", documentNumber: "某政办发〔2018〕5号",
            category: "政府信息公开年报", keywords: ["政务公开", "年度报告"], source: "某区政府网站",
            signedBy: "某区人民政府办公室", signedDate: "2018-03-28"),
        blocks: [
            .paragraph("本报告根据《中华人民共和国政府信息公开条例》要求编制。\n全文包括总体情况、主动公开等部分。"),
            .heading(Heading(level: 1, numbering: "一、", text: "总体情况")),
            .paragraph("2017年，区政府认真贯彻落实政务公开工作要求。"),
            .heading(Heading(level: 2, numbering: "（一）", text: "主动公开情况")),
            .table(Table(rows: [
                [TableCell("指标"), TableCell("单位"), TableCell("数量"), TableCell("占比")],
                [TableCell("主动公开政府信息数", colSpan: 2), TableCell("4,253"), TableCell("100%")],
                [TableCell("其中", rowSpan: 2), TableCell("政府网站"), TableCell("2373"), TableCell("55.8%")],
                [TableCell("其他方式"), TableCell("581"), TableCell("13.8%")],
                [TableCell("依申请公开"), TableCell("件"), TableCell("0"), TableCell("—")],
            ])),
            .heading(Heading(level: 3, numbering: "1.", text: "网站建设")),
            .list(["更新栏目12个", "新增解读材料35篇"]),
            .heading(Heading(level: 4, numbering: "（1）", text: "专题专栏")),
            .paragraph("开设专题专栏3个。"),
            .heading(Heading(level: 1, text: "无编号标题")),
            .table(Table(rows: [[TableCell("仅文字"), TableCell("表格")], [TableCell("没有"), TableCell("表头")]])),
        ],
        provenance: Provenance(
            sourceName: "2017年报.txt", sourceNameHex: "32303137c4eab1a82e747874", byteCount: 5834,
            sha256: String(repeating: "ab", count: 32), format: "text", encoding: "gb18030", confidence: 0.97,
            evidence: "statistics", reader: reader,
            setAside: [SetAsideLine("登录 注册", reason: "login bar"), SetAsideLine("【打印此文】【关闭窗口】", reason: "page tools")],
            metadataLines: ["索 引 号:11000000X/2018-00123", "发布日期:2018-03-30"],
            diagnostics: [Diagnostic(.warning, "undecodable byte 0xFF replaced with U+FFFD", byteOffset: 1234), Diagnostic(.info, "title inferred")]))

    /// A table wider than any phone: twelve columns of figures under a two-row header.
    static let wide: Document = {
        let years = (2008...2017).map { TableCell("\($0)年") }
        var rows: [[TableCell]] = [
            [TableCell("项目", rowSpan: 2), TableCell("单位", rowSpan: 2), TableCell("历年数量", colSpan: 10)],
            years,
        ]
        let items = ["主动公开政府信息", "依申请公开", "行政复议", "行政诉讼"]
        for (row, item) in items.enumerated() {
            rows.append([TableCell(item), TableCell("条")] + (0..<10).map { TableCell("\((row + 1) * 1234 + $0 * 97)") })
        }
        return Document(
            metadata: Metadata(title: "宽表格示例", year: 2017),
            blocks: [.paragraph("下表列出十年的数据。"), .table(Table(rows: rows)), .paragraph("表后正文。")],
            provenance: empty.provenance)
    }()

    /// Nothing known: no metadata, no blocks, no lists in provenance; the title falls back to the file name.
    static let empty = Document(
        provenance: Provenance(
            sourceName: "empty.txt", byteCount: 0, sha256: String(repeating: "0", count: 64), format: "text",
            encoding: "UTF-8", confidence: 1, evidence: "empty input",
            reader: ReaderIdentity(name: "PlainTextReader", version: "1.0.0")))

    /// Hostile text in every field a document has.
    static func hostile(_ text: String) -> Document {
        Document(
            metadata: Metadata(
                title: text, year: 2020, agency: text, publishedDate: text, indexNumber: text, documentNumber: text,
                category: text, keywords: [text, text], source: text, signedBy: text, signedDate: text),
            blocks: [
                .heading(Heading(level: 1, numbering: text, text: text)),
                .paragraph(text),
                .table(Table(rows: [[TableCell(text)], [TableCell(text, rowSpan: 1, colSpan: 1)]])),
                .list([text]),
            ],
            provenance: Provenance(
                sourceName: text, sourceNameHex: text, byteCount: 1, sha256: text, format: text, encoding: text,
                confidence: 0.5, evidence: text, reader: ReaderIdentity(name: text, version: text),
                setAside: [SetAsideLine(text, reason: text)], metadataLines: [text],
                diagnostics: [Diagnostic(.error, text, byteOffset: 7)]))
    }

    /// Every text string of a document, in the order the JSON form lists them.
    static func texts(of document: Document) -> [String] {
        let m = document.metadata, p = document.provenance
        var texts = [m.title, m.agency, m.publishedDate, m.indexNumber, m.documentNumber, m.category]
            .compactMap { $0 } + m.keywords + [m.source, m.signedBy, m.signedDate].compactMap { $0 }
        for block in document.blocks {
            switch block {
            case .heading(let heading): texts += [heading.numbering, heading.text].compactMap { $0 }
            case .paragraph(let text): texts.append(text)
            case .table(let table): texts += table.rows.flatMap { $0.map(\.text) }
            case .list(let items): texts += items
            }
        }
        texts += [p.sourceName, p.sourceNameHex, p.sha256, p.format, p.encoding, p.evidence, p.reader.name, p.reader.version]
            .compactMap { $0 }
        texts += p.setAside.flatMap { [$0.text, $0.reason] } + p.metadataLines + p.diagnostics.map(\.message)
        return texts.filter { !$0.isEmpty }
    }
}
