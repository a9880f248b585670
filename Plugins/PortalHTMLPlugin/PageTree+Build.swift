import CLibXML2

extension PageTree {
    /// Element attributes kept beyond id and class, by tag.
    private static let keptAttributes: [String: Set<String>] = [
        "meta": ["name", "content", "http-equiv", "property"],
        "td": ["rowspan", "colspan"],
        "th": ["rowspan", "colspan"],
        "a": ["href"],
    ]

    /// Copies libxml2's tree into flat arrays, iteratively (a page may nest 100,000 levels deep).
    /// Node 0 is a synthetic document root, so every other node has a parent.
    init(_ parsed: ParsedHTML) {
        self.init()
        var lastChild: [Int32] = []
        appendNode(role: .block, tag: "#document", text: "", idClass: "", parent: -1, lastChild: &lastChild)
        var stack: [Int32] = [0]  // the open element chain
        var names = NameCache()
        var body: Int32 = -1
        var node = parsed.document.pointee.children
        while let current = node {
            var descend = false
            // libxml2 puts what follows `</body>` beside the body, what follows `</html>` in a second
            // `<html>`, and a second `<body>` beside the first; HTML5 puts all of it in the one body.
            var parent = stack[stack.count - 1]
            if body >= 0, parent == 0 || tags[Int(parent)] == "html" { parent = body }
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = current.pointee.name.map { names.tag($0) } ?? .unnamed
                var index: Int32
                if body >= 0, tag.name == "html" || tag.name == "body" {
                    index = body
                } else {
                    index = appendElement(current, tag: tag, parent: parent, names: &names, lastChild: &lastChild)
                    if tag.name == "body" { body = index }
                }
                if current.pointee.children != nil {
                    stack.append(index)
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    var text = Self.text(content)
                    switch tags[Int(parent)] {
                    case "sup": text = ScriptedText.superscript(text) ?? text
                    case "sub": text = ScriptedText.subscript(text) ?? text
                    default: break
                    }
                    appendNode(role: .text, tag: "", text: text, idClass: "", parent: parent, lastChild: &lastChild)
                }
            default:
                break  // comments, processing instructions, the DTD and its entity declarations
            }
            if descend {
                node = current.pointee.children
                continue
            }
            var cursor: xmlNodePtr? = current
            node = nil
            while let up = cursor {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                guard stack.count > 1 else { break }
                stack.removeLast()
                cursor = up.pointee.parent
            }
        }
        computeSizes()
    }

    /// A text node's text; white space only becomes one shared space, bogus comments go.
    private static func text(_ content: UnsafePointer<xmlChar>) -> String {
        var cursor = content
        while cursor.pointee != 0 {
            let byte = cursor.pointee
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C else {
                return withoutBogusComments(string(content))
            }
            cursor += 1
        }
        return cursor == content ? "" : " "
    }

    /// libxml2's UTF-8 as a String, with `&#128;`–`&#159;` read as HTML5 reads them (`C1Controls`).
    private static func string(_ content: UnsafePointer<xmlChar>) -> String {
        let text = String(cString: content)
        return C1Controls.occur(in: content) ? C1Controls.remapped(text) : text
    }

    private mutating func appendElement(
        _ element: xmlNodePtr, tag info: NameCache.Tag, parent: Int32, names: inout NameCache, lastChild: inout [Int32]
    ) -> Int32 {
        let tag = info.name
        var id = "", className = ""
        var kept: [String: String] = [:]
        var hidden = false
        let wanted = Self.keptAttributes[tag]
        var attribute = element.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let name = names.name(rawName)
            if name == "hidden" {
                hidden = true
                continue
            }
            guard name == "id" || name == "class" || name == "style" || wanted?.contains(name) == true else { continue }
            let value = Self.text(of: current.pointee.children)
            switch name {
            case "id": id = value
            case "class": className = value
            case "style": hidden = hidden || Self.hidesElement(style: value)
            default: kept[name] = value
            }
        }
        // Words and fragments never span the `#` / `.` between id and class, so `#id.a.b` names
        // chrome when `#id` or `.a.b` does.
        var label = "", chrome = false, container = false
        if !id.isEmpty {
            label = "#" + id
            chrome = TemplateHints.namesChrome(label)
            container = TemplateHints.namesArticleContainer(label)
        }
        if !className.isEmpty {
            let part = names.classLabel(className)
            label += part.label
            chrome = chrome || part.chrome
            container = container || part.container
        }
        if info.chrome {
            chrome = true
        } else if chrome, tag == "body" || tag == "html" {
            chrome = false
        }
        let index = appendNode(
            role: hidden ? .excluded : info.role, tag: tag, text: "", idClass: label, chromeName: chrome,
            parent: parent, lastChild: &lastChild)
        articleContainer[Int(index)] = container
        if !kept.isEmpty { attributes[index] = kept }
        // A hidden script stays a script; a hidden select is a form control.
        if let kind = info.role == .excluded ? info.unshown : hidden ? .hidden : nil {
            unshown[index] = kind
        }
        return index
    }

    /// True for inline styles that keep an element off the page (`display:none`, `visibility:hidden`).
    static func hidesElement(style: String) -> Bool {
        let compact = String(decoding: style.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            .map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        return UTF8Search.contains(compact, "display:none") || UTF8Search.contains(compact, "visibility:hidden")
    }

    /// The text of an attribute's value nodes (the HTML parser gives one text child).
    private static func text(of node: xmlNodePtr?) -> String {
        var result = ""
        var cursor = node
        while let current = cursor {
            if let content = current.pointee.content { result += string(content) }
            cursor = current.pointee.next
        }
        return result
    }

    @discardableResult
    private mutating func appendNode(
        role: NodeRole, tag: String, text: String, idClass label: String, chromeName: Bool = false,
        parent: Int32, lastChild: inout [Int32]
    ) -> Int32 {
        let index = Int32(roles.count)
        roles.append(role)
        tags.append(tag)
        parents.append(parent)
        firstChild.append(-1)
        nextSibling.append(-1)
        lastChild.append(-1)
        texts.append(text)
        idClass.append(label)
        chrome.append(chromeName)
        articleContainer.append(false)
        if parent >= 0 {
            let p = Int(parent)
            inLink.append(inLink[p] || tags[p] == "a")
            excluded.append(excluded[p] || roles[p] == .excluded)
            let previous = lastChild[p]
            if previous >= 0 { nextSibling[Int(previous)] = index } else { firstChild[p] = index }
            lastChild[p] = index
        } else {
            inLink.append(false)
            excluded.append(false)
        }
        return index
    }

    private mutating func computeSizes() {
        sizes = [Int32](repeating: 1, count: roles.count)
        for index in stride(from: roles.count - 1, through: 1, by: -1) {
            sizes[Int(parents[index])] += sizes[index]
        }
    }

    /// libxml2 keeps `<![CDATA[…]]>` and other `<![…]>` in HTML content as text; HTML parses them as
    /// (bogus) comments, which are not text.
    static func withoutBogusComments(_ text: String) -> String {
        guard UTF8Search.contains(text, "<![") else { return text }
        var result = ""
        var rest = text
        while let (head, tail) = UTF8Search.split(rest, at: "<![") {
            result += head
            if UTF8Search.hasPrefix(tail, "CDATA["), let (_, after) = UTF8Search.split(tail, at: "]]>") {
                rest = after
            } else if let (_, after) = UTF8Search.split(tail, at: ">") {
                rest = after
            } else {
                rest = ""
            }
        }
        return result + rest
    }

    /// Calls `body` with each lowercased word of an `#id.class` label (or a token of one) as bytes, splitting at
    /// punctuation, digits and camelCase humps, without building strings.
    static func forEachWord<Bytes: Sequence<UInt8>>(of label: Bytes, _ body: (ArraySlice<UInt8>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(24)
        var previousLower = false
        for byte in label {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            // Non-ASCII bytes (rare in ids and classes) stay inside words.
            guard isUpper || isLower || byte >= 0x80 else {
                if !word.isEmpty { body(word[...]) }
                word.removeAll(keepingCapacity: true)
                previousLower = false
                continue
            }
            if isUpper && previousLower, !word.isEmpty {
                body(word[...])
                word.removeAll(keepingCapacity: true)
            }
            word.append(isUpper ? byte + 0x20 : byte)
            previousLower = !isUpper
        }
        if !word.isEmpty { body(word[...]) }
    }
}
