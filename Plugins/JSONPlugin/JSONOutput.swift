import Conversion

/// A byte buffer that writes pretty-printed JSON by hand: stable key order, UTF-8, no ASCII escaping.
///
/// Hand-written because Foundation's encoder is several times slower and orders keys only
/// alphabetically. The bytes go to memory of its own, not an `[UInt8]`: an array checks
/// uniqueness and capacity on every append, which made the writer ~14% of a convert's instructions.
struct JSONOutput: ~Copyable {
    private var bytes: OutputBytes
    private var depth = 0
    private var needsComma = false

    init(capacity: Int) { bytes = OutputBytes(capacity: capacity) }

    /// The JSON written, as an array.
    consuming func finish() -> [UInt8] { bytes.array }

    mutating func beginObject() { beginValue(); bytes.append(UInt8(ascii: "{")); depth += 1; needsComma = false }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); bytes.append(UInt8(ascii: "[")); depth += 1; needsComma = false }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"key": ` and leaves the value to the next call.
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(key)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        pendingKey = true
    }

    mutating func string(_ value: String) {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            var index = JSONEscapes.firstNeedingEscape(in: utf8, from: 0)
            while index < utf8.count {
                bytes.append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(utf8[index])
                start = index + 1
                index = JSONEscapes.firstNeedingEscape(in: utf8, from: start)
            }
            bytes.append(UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) {
        beginValue()
        // Digits written in place: String(value) cost an allocation per number.
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude, divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }
    mutating func double(_ value: Double) {
        beginValue()
        var text = "\(value)"
        text.withUTF8 { bytes.append($0) }
    }
    mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    // MARK: - Layout

    private var pendingKey = false

    private mutating func beginValue() {
        if pendingKey { pendingKey = false; needsComma = true; return }
        separate()
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if depth > 0 { indent() }
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if needsComma { indent() }
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func indent() {
        // One append of a prepared run: a byte at a time was ~1.3% of a whole convert.
        let width = depth * 2 + 1
        if width <= JSONEscapes.newlineAndSpaces.utf8CodeUnitCount {
            bytes.append(JSONEscapes.newlineAndSpaces, length: width)
        } else {
            bytes.append(UInt8(ascii: "\n"))
            for _ in 0..<depth * 2 { bytes.append(0x20) }
        }
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(0x5C); bytes.append(0x22)
        case UInt8(ascii: "\\"): bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            bytes.append("\\u00")
            bytes.append(hex.utf8Start[Int(byte >> 4)]); bytes.append(hex.utf8Start[Int(byte & 0xF)])
        }
    }
}
