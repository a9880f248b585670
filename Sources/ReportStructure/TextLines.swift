/// Splits text into lines at LF, CRLF and lone CR, scanning UTF-8 bytes (fast, and unlike
/// `Character` splitting it does not treat CRLF as one unit).
public enum TextLines {
    /// The lines of `text`, without terminators. A final terminator does not start an empty line.
    public static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { buffer in
            var lines: [String] = []
            var start = 0
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
                    if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < count {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<count]), as: UTF8.self))
            }
            return lines
        }
    }
}
