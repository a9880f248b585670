import Conversion

/// The WHATWG HTML "prescan a byte stream to determine its encoding" over the first 1024 bytes,
/// followed by a look at an XML declaration, as the charset declaration of a page.
enum CharsetPrescan {
    /// How many leading bytes the prescan looks at (WHATWG).
    static let limit = 1024

    /// A declaration found in the page, as written, before the bytes are checked against it.
    struct Found: Equatable {
        /// The label as written, e.g. `gb2312`.
        var label: String
        /// Where it was found: `meta charset`, `meta http-equiv`, `XML declaration`.
        var source: String
    }

    /// The first charset declaration of the page, or nil when it declares none.
    static func declaration(in bytes: ArraySlice<UInt8>) -> Found? {
        let window = bytes.prefix(limit)
        return metaDeclaration(in: window) ?? xmlDeclaration(in: window)
    }

    /// The declaration as a ``DeclaredEncoding``, or the unsupported label for a diagnostic.
    static func declaredEncoding(in bytes: ArraySlice<UInt8>) -> (declared: DeclaredEncoding?, unsupported: String?) {
        guard let found = declaration(in: bytes) else { return (nil, nil) }
        guard var encoding = TextEncoding(label: found.label) else { return (nil, found.label) }
        // WHATWG: a meta tag cannot declare UTF-16, since the prescan just read it as ASCII.
        if found.source != "XML declaration", encoding == .utf16LE || encoding == .utf16BE { encoding = .utf8 }
        let label = String(found.label.prefix(40))
        return (DeclaredEncoding(encoding: encoding, label: label, source: found.source), nil)
    }

    /// `<?xml ... encoding="..."?>` at the very start (after a BOM or whitespace).
    static func xmlDeclaration(in bytes: ArraySlice<UInt8>) -> Found? {
        var scanner = ByteScanner(bytes)
        scanner.skipBOM()
        scanner.skipWhitespace()
        guard scanner.consume("<?xml") else { return nil }
        guard let end = scanner.find("?>") else { return nil }
        var inner = ByteScanner(bytes[scanner.index..<end])
        while let attribute = inner.nextAttribute() {
            if attribute.name == "encoding", !attribute.value.isEmpty {
                return Found(label: attribute.value, source: "XML declaration")
            }
        }
        return nil
    }

    /// The WHATWG prescan proper: comments and other tags skipped, `<meta>` attributes examined.
    static func metaDeclaration(in bytes: ArraySlice<UInt8>) -> Found? {
        var scanner = ByteScanner(bytes)
        while !scanner.atEnd {
            if scanner.consume("<!--") {
                guard let end = scanner.find("-->") else { return nil }
                scanner.index = end + 3
            } else if scanner.consumeMetaOpening() {
                if let found = metaAttributes(&scanner) { return found }
            } else if scanner.peekTagOpening() {
                scanner.skipTag()
            } else if scanner.consume("<!") || scanner.consume("</") || scanner.consume("<?") {
                guard let end = scanner.find(">") else { return nil }
                scanner.index = end + 1
            } else {
                scanner.index += 1
            }
        }
        return nil
    }

    /// The attributes of one `<meta>`: `charset`, or `http-equiv=content-type` with `content`.
    private static func metaAttributes(_ scanner: inout ByteScanner) -> Found? {
        var seen: Set<String> = []
        var gotPragma = false
        var charset: String?
        var contentCharset: String?
        while let attribute = scanner.nextAttribute() {
            guard seen.insert(attribute.name).inserted else { continue }
            switch attribute.name {
            case "http-equiv": if attribute.value.lowercased() == "content-type" { gotPragma = true }
            case "content": if charset == nil { contentCharset = charsetFromContent(attribute.value) }
            case "charset": charset = attribute.value
            default: break
            }
        }
        if let charset, !charset.isEmpty { return Found(label: charset, source: "meta charset") }
        if gotPragma, let contentCharset, !contentCharset.isEmpty {
            return Found(label: contentCharset, source: "meta http-equiv")
        }
        return nil
    }

    /// WHATWG "extracting a character encoding from a meta element": the value after `charset=`.
    static func charsetFromContent(_ content: String) -> String? {
        let scalars = Array(content.unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        var index = 0
        while index + 7 <= scalars.count {
            let word = String(String.UnicodeScalarView(scalars[index..<index + 7])).lowercased()
            guard word == "charset" else { index += 1; continue }
            var cursor = index + 7
            while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
            guard cursor < scalars.count, scalars[cursor] == "=" else { index += 7; continue }
            cursor += 1
            while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
            guard cursor < scalars.count else { return nil }
            let quote = scalars[cursor]
            if quote == "\"" || quote == "'" {
                guard let close = scalars[(cursor + 1)...].firstIndex(of: quote) else { return nil }
                return String(String.UnicodeScalarView(scalars[(cursor + 1)..<close]))
            }
            let end = scalars[cursor...].firstIndex { $0 == ";" || isSpace($0) } ?? scalars.count
            return String(String.UnicodeScalarView(scalars[cursor..<end]))
        }
        return nil
    }
}
