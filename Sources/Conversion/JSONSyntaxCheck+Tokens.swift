extension JSONSyntaxCheck {
    /// A string, from its opening quote (at the cursor) past its closing one.
    mutating func string() throws(Failure) {
        let start = position
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
                try escape(stringStart: start)
            case 0..<0x20:
                throw Failure(offset: position, reason: "control character 0x\(Self.hex(byte)) in a string (it must be escaped)")
            case 0x80...:
                try utf8Sequence(stringStart: start)
            default:
                position += 1
            }
        }
        throw Failure(offset: start, reason: "unterminated string")
    }

    /// One escape, from its backslash (at the cursor); a `\u` high surrogate with its low half.
    private mutating func escape(stringStart: Int) throws(Failure) {
        let start = position
        guard position + 1 < bytes.count else { throw Failure(offset: stringStart, reason: "unterminated string") }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
             UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let unit = try unicodeEscape(stringStart: stringStart)
            if (0xDC00...0xDFFF).contains(unit) { throw Failure(offset: start, reason: "unpaired surrogate in a \\u escape") }
            guard (0xD800...0xDBFF).contains(unit) else { return }
            // A high surrogate must be followed at once by an escaped low one.
            for (offset, expected) in [(0, UInt8(ascii: "\\")), (1, UInt8(ascii: "u"))] {
                guard position + offset < bytes.count else { throw Failure(offset: stringStart, reason: "unterminated string") }
                guard bytes[position + offset] == expected else { throw Failure(offset: start, reason: "unpaired surrogate in a \\u escape") }
            }
            guard (0xDC00...0xDFFF).contains(try unicodeEscape(stringStart: stringStart)) else {
                throw Failure(offset: start, reason: "unpaired surrogate in a \\u escape")
            }
        default:
            let escaped = bytes[position + 1]
            let shown = (0x21...0x7E).contains(escaped) ? "'\\\(Character(Unicode.Scalar(escaped)))'" : "\\ before byte 0x\(Self.hex(escaped))"
            throw Failure(offset: start, reason: "invalid escape \(shown)")
        }
    }

    /// `\uXXXX` at the cursor: its code unit.
    private mutating func unicodeEscape(stringStart: Int) throws(Failure) -> UInt32 {
        let start = position
        var unit: UInt32 = 0
        for index in (position + 2)..<(position + 6) {
            guard index < bytes.count else { throw Failure(offset: stringStart, reason: "unterminated string") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure(offset: start, reason: "invalid \\u escape (expected four hex digits)")
            }
            unit = unit << 4 | UInt32(digit)
        }
        position += 6
        return unit
    }

    /// A multi-byte UTF-8 sequence at the cursor, well-formed as Unicode's table 3-7 says (no
    /// overlong forms, no surrogates, nothing past U+10FFFF).
    private mutating func utf8Sequence(stringStart: Int) throws(Failure) {
        let lead = bytes[position]
        let (length, second): (Int, ClosedRange<UInt8>)
        switch lead {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xE1...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: throw Failure(offset: position, reason: "invalid UTF-8 (byte 0x\(Self.hex(lead)))")
        }
        for index in (position + 1)..<(position + length) {
            // A sequence cut short by the end of the input is a string cut short.
            guard index < bytes.count else { throw Failure(offset: stringStart, reason: "unterminated string") }
            guard (index == position + 1 ? second : 0x80...0xBF).contains(bytes[index]) else {
                throw Failure(offset: position, reason: "invalid UTF-8 (byte 0x\(Self.hex(lead)) then 0x\(Self.hex(bytes[index])))")
            }
        }
        position += length
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, which a `Double` must hold.
    mutating func number() throws(Failure) {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        try digits(integerPart: true)
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            try digits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            try digits()
        }
        // JSONDecoder refuses what overflows a Double, or underflows it to zero.
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        let value = Double(text) ?? .infinity
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }
        if !value.isFinite || (value == 0 && mantissa.contains(where: { ("1"..."9").contains($0) })) {
            throw Failure(offset: start, reason: "number out of range")
        }
    }

    private mutating func digits(integerPart: Bool = false) throws(Failure) {
        guard position < bytes.count else { throw Failure(offset: position, reason: "unexpected end of input") }
        guard Self.isDigit(bytes[position]) else { throw unexpected("(expected a digit)") }
        if integerPart, bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) { throw Failure(offset: position - 1, reason: "number with a leading zero") }
            return
        }
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
