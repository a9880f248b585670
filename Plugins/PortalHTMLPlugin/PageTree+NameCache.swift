import CLibXML2

extension PageTree {
    /// Tag and attribute names as Swift strings, cached by libxml2's interned name pointers, and
    /// class attributes as label parts and whether they name chrome, cached by value: a template
    /// repeats a few classes on thousands of elements, and splitting each into words afresh was a
    /// tenth of the reading time.
    struct NameCache {
        /// What the tree needs of an element's tag name.
        struct Tag {
            var name: String
            var role: NodeRole
            /// Chrome by the tag itself (nav, footer, aside); never for body and html.
            var chrome: Bool
            /// The reason the element's text is not shown, for tags whose role is `.excluded`.
            var unshown: UnshownKind?

            init(_ name: String) {
                self.name = name
                role = NodeRole.of(tag: name)
                chrome = TemplateHints.isChromeTag(name)
                unshown = role == .excluded ? UnshownKind.of(tag: name) : nil
            }

            static let unnamed = Tag("")
        }

        var strings: [UnsafePointer<xmlChar>: String] = [:]
        var classes: [String: (label: String, chrome: Bool, container: Bool)] = [:]

        /// The tag of an element by its name: one lookup of the role by name, as before; the rest
        /// only for the few tags that need it (a cache by name pointer grew with the page, as
        /// libxml2 does not intern every name).
        mutating func tag(_ pointer: UnsafePointer<xmlChar>) -> Tag { Tag(name(pointer)) }

        mutating func name(_ pointer: UnsafePointer<xmlChar>) -> String {
            if let known = strings[pointer] { return known }
            let name = String(cString: pointer).lowercased()
            strings[pointer] = name
            return name
        }

        /// `.a.b` for a class attribute value `a b`, whether its words name page chrome, and
        /// whether a class names a CMS article container.
        mutating func classLabel(_ value: String) -> (label: String, chrome: Bool, container: Bool) {
            if let known = classes[value] { return known }
            var bytes: [UInt8] = []
            var atSpace = true
            for byte in value.utf8 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    atSpace = true
                    continue
                }
                if atSpace { bytes.append(UInt8(ascii: ".")) }
                atSpace = false
                bytes.append(byte)
            }
            let label = String(decoding: bytes, as: UTF8.self)
            let entry = (label, TemplateHints.namesChrome(label), TemplateHints.namesArticleContainer(label))
            classes[value] = entry
            return entry
        }
    }
}
