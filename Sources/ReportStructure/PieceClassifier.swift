/// Decides what each piece is before the body is built: chrome, metadata lines, a crawler header,
/// the title line, the closing signature; everything else stays content.
enum PieceClassifier {
    /// How many content pieces at the top are searched for a title line or a stated title.
    static let headerWindow = 8

    static func classify(_ pieces: inout [Piece], into recovered: inout RecoveredMetadata) {
        for index in pieces.indices where pieces[index].table == nil {
            let text = pieces[index].text
            if PipeTableRebuilder.isPipeLine(text) { continue }
            if let reason = ChromeRule.reason(text) {
                pieces[index].role = .chrome(reason)
            } else if let line = MetadataLine.parse(text), !line.isOnlyUnmodelled || line.isEmpty {
                if line.isEmpty {
                    pieces[index].role = .chrome("empty metadata label")
                } else if line.isOnlyChrome {
                    if line.entries.contains(where: { $0.field == .crawler && !$0.value.isEmpty }) {
                        pieces[index].role = .crawlerHeader
                    } else if line.entries.contains(where: { $0.field == .editor && !$0.value.isEmpty }) {
                        pieces[index].role = .chrome("editor line")
                    } else {
                        pieces[index].role = .chrome("hit counter or widget")
                    }
                } else {
                    pieces[index].role = .metadata
                    recovered.add(line)
                }
            }
        }
        markCrawlerHeader(&pieces)
        findTitle(&pieces, into: &recovered)
        findSignature(&pieces, into: &recovered)
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

    private static func isHeadingLike(_ piece: Piece) -> Bool {
        guard piece.table == nil, ScalarText.mayStartWithMarker(piece.text), !PipeTableRebuilder.isPipeLine(piece.text) else { return false }
        return ScalarText.withPrefix(piece.text, 10) { HeadingMarker.parse($0, at: 0) } != nil
    }

    /// The first title-like line among the first content pieces before any heading; a title stated
    /// in the opening paragraphs; a stated statistics period.
    private static func findTitle(_ pieces: inout [Piece], into recovered: inout RecoveredMetadata) {
        var seen = 0
        var beforeFirstHeading = true
        for index in pieces.indices where pieces[index].role == .content && pieces[index].table == nil {
            let text = pieces[index].text
            let heading = isHeadingLike(pieces[index])
            if heading { beforeFirstHeading = false }
            if beforeFirstHeading, recovered.titleLine == nil, TitleInference.isTitleLine(text) {
                pieces[index].role = .title
                recovered.titleLine = String(text)
                continue
            }
            recovered.openings.append(text)
            seen += 1
            if seen >= headerWindow { break }
        }
    }

    /// The closing signature among the content pieces.
    private static func findSignature(_ pieces: inout [Piece], into recovered: inout RecoveredMetadata) {
        let candidates = pieces.indices.filter { pieces[$0].role == .content && pieces[$0].table == nil }
        let texts = candidates.map { pieces[$0].text }
        guard let signature = SignatureDetector.find(texts, isHeading: { isHeadingLike(pieces[candidates[$0]]) }) else { return }
        pieces[candidates[signature.dateIndex]].role = .signature
        recovered.signedDate = signature.date
        if let agency = signature.agencyIndex {
            pieces[candidates[agency]].role = .signature
            recovered.signedBy = String(texts[agency])
        }
    }
}
