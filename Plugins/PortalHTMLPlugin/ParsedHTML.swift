import CLibXML2
import Conversion

/// libxml2 initialises its globals once, before any thread parses (Swift globals are lazy and once-only).
private let libxml2Ready: Void = { xmlInitParser() }()

/// One libxml2 HTML document, owned here and freed exactly once when this object goes.
final class ParsedHTML {
    /// The parser options: recover from anything, never touch the network, stay quiet, and
    /// ignore the page's own charset declaration because the text handed over is already UTF-8.
    /// No entity substitution and no DTD loading are ever requested. `XML_PARSE_HUGE` only lifts
    /// the depth cap (256) at which libxml2 would otherwise stop building the tree and drop the rest
    /// of the page; every walk over the tree here is iterative.
    static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue
            | XML_PARSE_HUGE.rawValue)

    /// The document; never nil once initialised.
    let document: htmlDocPtr

    /// Parses UTF-8 text; throws when libxml2 returns no document at all.
    init(utf8 text: String, file: String) throws(GazetteError) {
        _ = libxml2Ready
        var text = text.isEmpty ? "<html></html>" : text
        let parsed: htmlDocPtr? = text.withUTF8 { buffer -> htmlDocPtr? in
            guard buffer.count < Int(Int32.max) else { return nil }
            return buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return nil }
                return htmlReadMemory(base, Int32(chars.count), nil, "UTF-8", ParsedHTML.options)
            }
        }
        guard let parsed else {
            throw GazetteError(.malformedInput, "libxml2 could not parse the page (or it is over 2 GB)", file: file)
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }
}
