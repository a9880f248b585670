#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes libxml2 2.9's HTML parser read character references in text as HTML5 does, by rewriting
/// the page before it parses: names it does not know become numeric references it does
/// (`&lpar;` → `&#x28;`), legacy names without a semicolon too (`&copy2019` → `&#xA9;2019`), and a
/// numeric reference to no character (`&#0;`, a surrogate, beyond U+10FFFF), which libxml2 drops,
/// becomes U+FFFD; `&#` without digits stays text. Inside tags nothing changes (HTML5 reads legacy names in attribute values
/// differently, and no attribute value is text of the document). One pass over the bytes; the
/// page is copied only when a reference is rewritten.
enum CharacterReferences {
    /// The page with its character references rewritten for libxml2.
    static func rewritten(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in rewrite(bytes) } ?? text
    }

    private static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard needsRewrite(bytes) else { return nil }
        var output: [UInt8] = []
        var copied = 0  // bytes before this are in `output` (once something was rewritten)
        var inTag = false
        var quote: UInt8 = 0
        var lastInTag: UInt8 = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if inTag {
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: ">") {
                    inTag = false
                } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && lastInTag == UInt8(ascii: "=") {
                    quote = byte
                }
                if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { lastInTag = byte }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "<"), index + 1 < count, startsTag(bytes[index + 1]) {
                inTag = true
                lastInTag = 0
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "&"), let (length, replacement) = reference(in: bytes, at: index) else {
                index += 1
                continue
            }
            output.append(contentsOf: bytes[copied..<index])
            output.append(contentsOf: replacement)
            index += length
            copied = index
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: bytes[copied..<count])
        return String(decoding: output, as: UTF8.self)
    }

    /// True when some `&` of the page, inside a tag or not, starts a reference to rewrite: the
    /// common page has none, and `memchr` finds its ampersands far faster than the tag-aware walk.
    private static func needsRewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "&")), bytes.count - index) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if reference(in: bytes, at: at) != nil { return true }
            index = at + 1
        }
        return false
    }

    private static func startsTag(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// The length of the reference at `start` (an `&`) that must be rewritten and its replacement;
    /// nil when libxml2 reads it as HTML5 does (or it is no reference).
    private static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, [UInt8])? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "#") { return numeric(in: bytes, at: start) }
        while index < bytes.count, index - start <= HTML5NamedReferences.longestName, isAlphanumeric(bytes[index]) { index += 1 }
        guard index > start + 1 else { return nil }
        // The names every page is full of, read alike by libxml2 and HTML5, without a lookup.
        if index < bytes.count, bytes[index] == UInt8(ascii: ";"),
            Self.common.contains(where: { $0.elementsEqual(bytes[(start + 1)..<index]) })
        {
            return nil
        }
        let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
        if index < bytes.count, bytes[index] == UInt8(ascii: ";"), let values = HTML5NamedReferences.table[name + ";"] {
            return (index + 1 - start, numericReferences(values))
        }
        // No semicolon: the longest legacy name the run starts with (`&copy2019`, `&nbspT`).
        var length = min(name.utf8.count, HTML5NamedReferences.longestLegacyName)
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { return nil }
        while length >= 2 {
            if let values = HTML5NamedReferences.table[String(decoding: bytes[(start + 1)..<(start + 1 + length)], as: UTF8.self)] {
                return (1 + length, numericReferences(values))
            }
            length -= 1
        }
        return nil
    }

    /// `amp` `nbsp` `lt` `gt` `quot`, as bytes.
    private static let common: [[UInt8]] = ["amp", "nbsp", "lt", "gt", "quot"].map { Array($0.utf8) }

    /// `&#…;` / `&#x…;` to no character (0, a surrogate, beyond U+10FFFF) becomes U+FFFD.
    private static func numeric(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, [UInt8])? {
        var index = start + 2
        let hex = index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "x")
        if hex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < bytes.count, let digit = digitValue(bytes[index], hex: hex) {
            if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
            index += 1
        }
        // `&#;` and `&#x;` are text in HTML5; libxml2 drops them.
        guard index > digitsStart else { return (1, Array("&amp;".utf8)) }
        guard value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
        return (index - start, Array("\u{FFFD}".utf8))
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return UInt32(byte - UInt8(ascii: "0")) }
        let lower = byte | 0x20
        if hex, lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "f") { return UInt32(lower - UInt8(ascii: "a") + 10) }
        return nil
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func numericReferences(_ values: [UInt32]) -> [UInt8] {
        Array(values.map { "&#x" + String($0, radix: 16, uppercase: true) + ";" }.joined().utf8)
    }
}
