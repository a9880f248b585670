/// Why an element's text is not part of what the page shows, though it is text of the page:
/// such text is set aside with the kind's reason rather than read into the body or dropped.
enum UnshownKind: UInt8, Sendable {
    /// `display:none`, `visibility:hidden` or the `hidden` attribute.
    case hidden
    /// The labels and contents of form controls: `<select>` options, buttons, text areas.
    case control
    /// What an `<object>`, `<iframe>`, `<video>`… shows only when it cannot show itself, the
    /// `<noframes>` text of a frameset page, and `<noscript>` text.
    case fallback
    /// Text drawn inside an `<svg>` or `<math>` picture.
    case graphic

    /// The set-aside reason.
    var reason: String {
        switch self {
        case .hidden: "hidden in the page (display:none, visibility:hidden or hidden)"
        case .control: "text of a form control (select, option, button, textarea)"
        case .fallback: "fallback text of an embedded object, frame, media element or noscript"
        case .graphic: "text inside an SVG or MathML picture"
        }
    }

    /// The kind of an element that is not hidden, by its lowercased tag name; nil for elements
    /// whose text is shown, and for those that never hold page text (script, style, head…).
    static func of(tag: String) -> UnshownKind? { byTag[tag] }

    private static let byTag: [String: UnshownKind] = {
        var kinds: [String: UnshownKind] = [:]
        for tag in ["select", "option", "optgroup", "button", "textarea"] { kinds[tag] = .control }
        for tag in ["object", "embed", "applet", "iframe", "frame", "frameset", "noframes", "noscript", "audio", "video", "canvas"] {
            kinds[tag] = .fallback
        }
        for tag in ["svg", "math"] { kinds[tag] = .graphic }
        return kinds
    }()
}
