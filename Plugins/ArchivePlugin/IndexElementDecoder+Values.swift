extension IndexElementDecoder {
    /// Reads `{ "key": value, … }`, calling `field` for each key (plain keys only); false when
    /// the object is not in the plain shape or `field` refuses a key or its value.
    mutating func object(_ field: (String, inout IndexElementDecoder) -> Bool) -> Bool {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return false }
        skipSpace()
        if take(UInt8(ascii: "}")) { return true }
        while true {
            skipSpace()
            guard let key = string() else { return false }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipSpace()
            guard field(key, &self) else { return false }
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    /// Reads `[ element, … ]`; nil when an element does not decode.
    mutating func array<Element>(_ element: (inout IndexElementDecoder) -> Element?) -> [Element]? {
        skipSpace()
        guard take(UInt8(ascii: "[")) else { return nil }
        var elements: [Element] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return elements }
        while true {
            guard let value = element(&self) else { return nil }
            elements.append(value)
            skipSpace()
            if take(UInt8(ascii: ",")) { skipSpace(); continue }
            return take(UInt8(ascii: "]")) ? elements : nil
        }
    }

    /// `null` as `.some(nil)`, else the value `read` decodes (nil when it does not).
    mutating func optional<Value>(_ read: (inout IndexElementDecoder) -> Value?) -> Value?? {
        if matches("null") {
            position += 4
            return .some(nil)
        }
        return read(&self).map { .some($0) }
    }

    /// A string without escapes or control bytes, in valid UTF-8; nil for any other value.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            // An escape or a control byte: JSONDecoder's rules, not this reader's, decide.
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// A decimal integer of 1-18 digits, no leading zero, optionally negative; nil otherwise.
    mutating func integer() -> Int? {
        let negative = take(UInt8(ascii: "-"))
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            // Past 18 digits the value is refused below: stop accumulating before it could overflow.
            if position - start < 18 { value = value * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
            position += 1
        }
        let digits = position - start
        guard digits >= 1, digits <= 18, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        // A fraction or exponent follows: not an integer in the plain shape.
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
            default: break
            }
        }
        return negative ? -value : value
    }

    /// True when only whitespace is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return position == bytes.count
    }

    // MARK: - Bytes

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[position + $0] == literal.utf8Start[$0] }
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }
}
