import CLibXML2

/// The documents of `<iframe srcdoc="…">` frames, put into the page where the browser shows them.
///
/// A frame's `srcdoc` is a whole HTML document in an attribute; a page may carry its report that
/// way, and a reader that leaves frames out (their content is not the page's text) lost the report
/// without a trace. The frame's document is parsed with the page's parser options and the content of
/// its `<body>` is copied into a `<div>` right after the `<iframe>`, so it is read, chosen as the
/// main content or set aside like any other part of the page. The `<iframe>` itself stays, and
/// its fallback text with it.
enum SrcdocFrames {
    /// Most frames read from one page (frames nested in frames count too): a bound on the work a
    /// hostile page can ask for.
    static let most = 32

    /// Reads every `srcdoc` frame of `parsed` into its tree; returns how many were read.
    static func inline(into parsed: ParsedHTML) -> Int {
        var read = 0
        var node = parsed.document.pointee.children
        while let current = node, read < most {
            if current.pointee.type == XML_ELEMENT_NODE, isNamed(current, "iframe"),
               let source = srcdoc(of: current), graft(source, after: current, in: parsed.document) {
                read += 1
            }
            node = next(after: current)
        }
        return read
    }

    /// The node after `node` in document order (its first child, else the next node up the tree).
    private static func next(after node: xmlNodePtr) -> xmlNodePtr? {
        if let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE { return child }
        var cursor: xmlNodePtr? = node
        while let up = cursor {
            if let sibling = up.pointee.next { return sibling }
            cursor = up.pointee.parent
            if cursor?.pointee.type == XML_HTML_DOCUMENT_NODE { return nil }
        }
        return nil
    }

    /// Whether the element's name is `name` (libxml2's HTML parser lowercases names), compared
    /// in place: every element of the page is asked.
    private static func isNamed(_ node: xmlNodePtr, _ name: StaticString) -> Bool {
        guard let own = node.pointee.name else { return false }
        return name.withUTF8Buffer { wanted in
            for (offset, byte) in wanted.enumerated() where own[offset] != byte { return false }
            return own[wanted.count] == 0
        }
    }

    /// The `srcdoc` attribute's value when it holds more than white space.
    private static func srcdoc(of element: xmlNodePtr) -> String? {
        var attribute = element.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let raw = current.pointee.name, String(cString: raw).lowercased() == "srcdoc" else { continue }
            var value = ""
            var text = current.pointee.children
            while let part = text {
                if let content = part.pointee.content { value += String(cString: content) }
                text = part.pointee.next
            }
            return value.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? nil : value
        }
        return nil
    }

    /// Parses `source` and puts its body's content in a new `<div>` after `frame`; false when
    /// the frame's document has no content.
    private static func graft(_ source: String, after frame: xmlNodePtr, in document: htmlDocPtr) -> Bool {
        var source = source
        let inner: htmlDocPtr? = source.withUTF8 { buffer in
            guard buffer.count < Int(Int32.max) else { return nil }
            return buffer.withMemoryRebound(to: CChar.self) { chars in
                chars.baseAddress.flatMap { htmlReadMemory($0, Int32(chars.count), nil, "UTF-8", ParsedHTML.options) }
            }
        }
        guard let inner else { return false }
        defer { xmlFreeDoc(inner) }
        guard let body = firstBody(in: inner), let content = body.pointee.children,
              let copied = xmlDocCopyNodeList(document, content) else { return false }
        guard let division = xmlNewDocNode(document, nil, "div", nil) else {
            xmlFreeNodeList(copied)
            return false
        }
        xmlAddChildList(division, copied)
        xmlAddNextSibling(frame, division)
        return true
    }

    /// The `<body>` element of a parsed document (libxml2 always makes one for content).
    private static func firstBody(in document: htmlDocPtr) -> xmlNodePtr? {
        var node = document.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, isNamed(current, "body") { return current }
            node = next(after: current)
        }
        return nil
    }
}
