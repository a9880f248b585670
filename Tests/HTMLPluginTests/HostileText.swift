/// Text that would break out of its element, attribute or stylesheet if it were written unescaped.
enum HostileText {
    static let script = "<script>alert(1)</script>"
    static let attribute = "\"><img src=x onerror=alert(1)>"
    static let singleQuote = "' onmouseover='alert(1)"
    static let style = "</style><b>bold</b>"
    static let entity = "&amp; &lt; stays literal"
    static let cdata = "]]><!-- -->"
    /// Code points HTML forbids, then the three controls it allows. Built from values because
    /// Swift literals refuse noncharacters.
    static let controls: String = {
        let forbidden: [UInt32] = [0x0, 0x1, 0x8, 0xB, 0xC, 0x1B, 0x7F, 0x85, 0x9F, 0xFDD0, 0xFFFE, 0x1FFFF]
        var text = ""
        for (letter, value) in zip("abcdefghijkl", forbidden) {
            text.append(letter)
            text.unicodeScalars.append(Unicode.Scalar(value)!)
        }
        return text + "m\t\n\r-end"
    }()

    static let all = [script, attribute, singleQuote, style, entity, cdata, controls]
    static let combined = all.joined(separator: " ")
}
