import Conversion

/// A byte buffer that writes HTML by hand: markup verbatim, every piece of text escaped.
///
/// Hand-written, like the JSON writer's buffer, because writing HTML must cost no more than 1.5x
/// writing JSON for the same document; string interpolation would allocate per element.
struct HTMLOutput: ~Copyable {
    /// The bytes written so far (memory of their own: see ``OutputBytes``).
    var bytes: OutputBytes

    /// Creates an empty buffer with room for `capacity` bytes.
    init(capacity: Int) { bytes = OutputBytes(capacity: capacity) }

    /// The page written, as an array.
    consuming func finish() -> [UInt8] { bytes.array }

    /// Appends trusted markup exactly as written.
    mutating func raw(_ markup: StaticString) {
        bytes.append(markup)
    }

    /// Appends a decimal integer.
    mutating func int(_ value: Int) {
        if value >= 0, value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            var text = String(value)
            text.withUTF8 { bytes.append($0) }
        }
    }

    /// Appends a `Double` as Swift prints it (the same digits as the JSON form).
    mutating func double(_ value: Double) {
        var text = "\(value)"
        text.withUTF8 { bytes.append($0) }
    }

    /// Appends document text, escaped for both text content and quoted attribute values.
    ///
    /// `& < > " '` become references. Code points the HTML parser reports as errors are not
    /// written, so every page parses cleanly; the JSON form keeps the exact text. C0 controls other
    /// than tab, LF and CR, and DEL, become their Control Pictures symbol (`␋`, `␛`, `␡`), so a reader
    /// sees which control the text holds rather than a decoding error that never happened; the C1
    /// controls and noncharacters, which have no such symbol, become U+FFFD.
    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { appendEscaped($0) }
    }

    /// Appends a URL path, percent-encoding every byte outside the unreserved set and `/`,
    /// so the result is safe both as a URL and inside a quoted attribute.
    mutating func urlPath(_ path: String) {
        let hex = HTMLOutput.hexDigits
        for byte in path.utf8 {
            if HTMLOutput.isURLSafe(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func isURLSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
