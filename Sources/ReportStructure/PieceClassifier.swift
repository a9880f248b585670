/// Decides what each piece is before the body is built: chrome, metadata lines, a crawler header,
/// the title line, the closing signature; everything else stays content.
enum PieceClassifier {
    /// How many content pieces at the top are searched for a title line or a stated title.
    static let headerWindow = 8

    /// Classifies `pieces`; true when page furniture was found (`BodyBuilder` then sets it aside).
    @discardableResult
    static func classify(_ pieces: inout [Piece], into recovered: inout RecoveredMetadata) -> Bool {
        var pageBreaks = 0
        // Between the first numbered section and the last, `来源：…` or `时间：…` is the report's
        // own text (a list of particulars), not the page's metadata, which sits above or below.
        let headings = pieces.indices.filter { isHeadingLike(pieces, $0) }
        let body = (headings.first ?? 0)..<(headings.last ?? 0)
        // A site footer closes the page: only the last lines are read for one.
        let footerStart = pieces.count - SiteFooter.reach
        for index in pieces.indices where pieces[index].table == nil {
            let text = pieces[index].text
            if pieces[index].followsPageBreak { pageBreaks += 1 }
            if pieces[index].isPipe { continue }
            // Both rules read only short lines: decode each once for both.
            let length = pieces[index].length  // counted up to more than any rule reads
            if length <= PageFurniture.maximumLength, PageFurniture.isPageNumber(text, length: length) {
                pieces[index].role = .furniture("page number")
                pageBreaks += 1
                continue
            }
            if index >= footerStart, pieces[index].marker == nil, SiteFooter.matches(text, length: length) {
                pieces[index].role = .chrome("site footer")
                continue
            }
            guard length <= ChromeRule.maximumLength, RuleGate.mayMatch(text) else { continue }
            let inBody = body.contains(index)
            ScalarText.withPrefix(text, length) { classify(&pieces[index], at: index, scalars: $0, inBody: inBody, into: &recovered) }
        }
        markCrawlerHeader(&pieces)
        findTitle(&pieces, into: &recovered)
        // Only a report with page breaks can have a running header: most skip the pass.
        if pageBreaks > 0 { RunningHeader.mark(&pieces) }
        findSignature(&pieces, into: &recovered)
        return pageBreaks > 0
    }

    /// Chrome or metadata, for a short line decoded to `scalars`.
    private static func classify(
        _ piece: inout Piece, at index: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>, inBody: Bool,
        into recovered: inout RecoveredMetadata
    ) {
        // A sentence that merely opens with a widget's or a breadcrumb's word is report text.
        if let reason = ChromeRule.reason(scalars: scalars) {
            if !ProseTest.isProse(scalars) { piece.role = .chrome(reason) }
        } else if scalars.count <= MetadataLine.maximumLength, let line = MetadataLine.parse(scalars: scalars),
                  !line.isOnlyUnmodelled || line.isEmpty {
            if line.isEmpty {
                if !inBody { piece.role = .chrome("empty metadata label") }
            } else if line.isOnlyChrome {
                if line.entries.contains(where: { $0.field == .crawler && !$0.value.isEmpty }) {
                    piece.role = .crawlerHeader
                } else if ProseTest.isProse(scalars) {
                    return
                } else if line.entries.contains(where: { $0.field == .editor && !$0.value.isEmpty }) {
                    piece.role = .chrome("editor line")
                } else {
                    piece.role = .chrome("hit counter or widget")
                }
            } else if !inBody, !line.entries.contains(where: { ProseTest.runsOn($0.value) }) {
                piece.role = .metadata
                recovered.add(line, piece: index)
            }
        }
    }

    /// A crawler's `==== 正文 ====` line after its labelled header (标题:, 发布时间: …): what precedes
    /// the separator and is not metadata is the crawler's header.
    private static func markCrawlerHeader(_ pieces: inout [Piece]) {
        guard let separator = pieces.prefix(20).firstIndex(where: { $0.role == .chrome("separator") && $0.text.contains("正文") }),
              pieces[..<separator].contains(where: { $0.role == .metadata }) else { return }
        for index in 0..<separator where pieces[index].role == .content && pieces[index].table == nil {
            pieces[index].role = .crawlerHeader
        }
    }

    /// Whether the piece at `index` starts with a section number (the marker the splitter parsed).
    private static func isHeadingLike(_ pieces: [Piece], _ index: Int) -> Bool {
        pieces[index].table == nil && !pieces[index].isPipe && pieces[index].marker != nil
    }

    /// The first title-like line among the first content pieces before any heading; a title stated
    /// in the opening paragraphs; a stated statistics period.
    ///
    /// A title line may carry the page's date: after a space (`…年度报告 2020-01-31`), or as the
    /// text before a label (`…年度报告 发布时间：2021-01-29`, a metadata line by then). The title is
    /// still the title; an unlabelled date printed beside it is the date the portal published the
    /// report, so it stands in for a publishing date no label states.
    private static func findTitle(_ pieces: inout [Piece], into recovered: inout RecoveredMetadata) {
        var seen = 0
        var beforeFirstHeading = true
        for index in pieces.indices where pieces[index].table == nil {
            if pieces[index].role == .metadata {
                if beforeFirstHeading, recovered.titleLine == nil, let prefix = recovered.fieldLinePrefixes[index] {
                    takeTitle(from: prefix[...], into: &recovered)
                }
                continue
            }
            guard pieces[index].role == .content else { continue }
            let text = pieces[index].text
            let heading = isHeadingLike(pieces, index)
            if heading { beforeFirstHeading = false }
            if beforeFirstHeading, recovered.titleLine == nil, takeTitle(from: text, into: &recovered) {
                pieces[index].role = .title
                continue
            }
            recovered.openings.append(text)
            seen += 1
            if seen >= headerWindow { break }
        }
    }

    /// Records `text` as the title line when it is one, alone or followed by a date; true if so.
    @discardableResult
    private static func takeTitle(from text: Substring, into recovered: inout RecoveredMetadata) -> Bool {
        if TitleInference.isTitleLine(text) {
            recovered.titleLine = String(text)
            return true
        }
        guard let dated = TitleInference.titleWithDate(text) else { return false }
        recovered.titleLine = String(dated.title)
        recovered.unlabelledDates.append(dated.date)
        return true
    }

    /// The closing signature among the content pieces.
    private static func findSignature(_ pieces: inout [Piece], into recovered: inout RecoveredMetadata) {
        func previous(_ index: Int) -> Int? {
            var index = index - 1
            while index >= 0, pieces[index].role != .content || pieces[index].table != nil { index -= 1 }
            return index >= 0 ? index : nil
        }
        guard let signature = SignatureDetector.find(
            last: previous(pieces.count), previous: previous, text: { pieces[$0].text }, isHeading: { isHeadingLike(pieces, $0) }
        ) else { return }
        pieces[signature.dateIndex].role = .signature
        recovered.signedDate = signature.date
        if let agency = signature.agencyIndex {
            pieces[agency].role = .signature
            recovered.signedBy = String(pieces[agency].text)
        }
    }
}
