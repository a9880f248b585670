/// What an HTML element (or text node) means for text extraction.
enum NodeRole: UInt8, Sendable {
    /// A text node.
    case text
    /// Starts and ends a line (div, p, li, section…).
    case block
    /// A section heading, h1 to h6 (also a block).
    case heading
    /// Flows inside a line (span, font, b, a…).
    case inline
    /// Ends a line without being one (br, hr).
    case lineBreak
    /// `<table>`.
    case table
    /// `<tr>`.
    case row
    /// `<td>` or `<th>`.
    case cell
    /// Never document text: scripts, styles, the head, form controls, embedded objects.
    case excluded

    /// The role of an element by its lowercased tag name.
    static func of(tag: String) -> NodeRole {
        if let role = roleByTag[tag] { return role }
        return .inline
    }

    /// True for roles that break lines around themselves.
    var isBlockLike: Bool {
        switch self {
        case .block, .heading, .table, .row, .cell: true
        case .text, .inline, .lineBreak, .excluded: false
        }
    }

    private static let roleByTag: [String: NodeRole] = {
        var roles: [String: NodeRole] = [:]
        for tag in [
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup",
            "html", "legend", "li", "listing", "main", "marquee", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "tbody", "tfoot", "thead", "ul", "xmp", "plaintext",
        ] {
            roles[tag] = .block
        }
        for tag in ["h1", "h2", "h3", "h4", "h5", "h6"] { roles[tag] = .heading }
        for tag in ["br", "hr"] { roles[tag] = .lineBreak }
        roles["table"] = .table
        roles["tr"] = .row
        roles["td"] = .cell
        roles["th"] = .cell
        for tag in [
            "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
            "math", "canvas", "template", "head", "title", "meta", "link", "base", "select", "option", "optgroup",
            "button", "input", "textarea", "map", "area", "audio", "video", "source", "track", "param", "noframes",
        ] {
            roles[tag] = .excluded
        }
        return roles
    }()
}
