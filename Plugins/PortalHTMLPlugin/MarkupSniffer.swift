import Conversion

/// Recognises HTML pages from their leading bytes; XML feeds and other markup are left to the
/// text readers (claimed weakly), since they are not portal pages.
enum MarkupSniffer {
    /// Markers that only an HTML document has.
    static let documentMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title"]
    /// Tags that are HTML but also appear in fragments.
    static let fragmentMarkers = ["<div", "<p>", "<p ", "<br", "<table", "<td", "<span", "<a href", "<font", "<center"]
    /// Roots of XML feeds and other XML vocabularies.
    static let feedMarkers = ["<rss", "<feed", "<rdf:rdf", "<channel"]

    static func sniff(_ sample: InputSample) -> SniffResult {
        if let binary = BinarySignature.reason(sample.bytes) { return .no(.portalHTML, binary.reason) }
        // Markup is ASCII in every encoding Gazette reads except UTF-16, whose BOM says so.
        let tags = TagStarts(ByteOrderMark.asciiView(sample.bytes[...], limit: 8192))
        let isFeed = feedMarkers.contains(where: tags.contains)
        let isDocument = documentMarkers.contains(where: tags.contains)
        if isDocument, !isFeed || tags.contains("<html") {
            return SniffResult(format: .portalHTML, confidence: .init(0.9), reason: "HTML document markup")
        }
        if isFeed { return SniffResult(format: .portalHTML, confidence: .init(0.1), reason: "XML feed, not an HTML page") }
        if fragmentMarkers.contains(where: tags.contains) {
            return SniffResult(format: .portalHTML, confidence: .init(0.6), reason: "HTML fragment markup")
        }
        return .no(.portalHTML, "no HTML markup")
    }

}
