/// A cursor over ASCII-compatible bytes with the steps of the WHATWG prescan (tags, attributes).
struct ByteScanner {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var atEnd: Bool { index >= bytes.endIndex }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    mutating func skipWhitespace() {
        while index < bytes.endIndex, Self.isSpace(bytes[index]) { index += 1 }
    }

    mutating func skipBOM() {
        if bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
    }

    /// True when `literal` (ASCII, matched case-insensitively) starts here; consumes it.
    func matches(_ literal: String, at start: Int) -> Bool {
        var cursor = start
        for byte in literal.utf8 {
            guard cursor < bytes.endIndex, Self.lower(bytes[cursor]) == byte else { return false }
            cursor += 1
        }
        return true
    }

    mutating func consume(_ literal: String) -> Bool {
        guard matches(literal, at: index) else { return false }
        index += literal.utf8.count
        return true
    }

    /// The index where `literal` next starts, or nil.
    func find(_ literal: String) -> Int? {
        var cursor = index
        while cursor < bytes.endIndex {
            if matches(literal, at: cursor) { return cursor }
            cursor += 1
        }
        return nil
    }

    /// `<meta` followed by whitespace or `/`.
    mutating func consumeMetaOpening() -> Bool {
        guard matches("<meta", at: index), index + 5 < bytes.endIndex else { return false }
        let next = bytes[index + 5]
        guard Self.isSpace(next) || next == UInt8(ascii: "/") else { return false }
        index += 6
        return true
    }

    /// `<` or `</` followed by an ASCII letter.
    func peekTagOpening() -> Bool {
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "<") else { return false }
        var cursor = index + 1
        if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
        guard cursor < bytes.endIndex else { return false }
        let letter = Self.lower(bytes[cursor])
        return letter >= 0x61 && letter <= 0x7A
    }

    /// Skips a tag name and its attributes (WHATWG: attributes are read so quoted `>` is skipped).
    mutating func skipTag() {
        while index < bytes.endIndex, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        while nextAttribute() != nil {}
    }

    /// WHATWG "get an attribute": the next `name=value` pair, or nil at `>` or the end.
    mutating func nextAttribute() -> (name: String, value: String)? {
        while index < bytes.endIndex, Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
        guard index < bytes.endIndex, bytes[index] != UInt8(ascii: ">") else {
            if index < bytes.endIndex { index += 1 }
            return nil
        }
        var name: [UInt8] = []
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "="), !name.isEmpty { break }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
            name.append(Self.lower(byte))
            index += 1
        }
        skipWhitespace()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else {
            return (String(decoding: name, as: UTF8.self), "")
        }
        index += 1
        skipWhitespace()
        guard index < bytes.endIndex else { return (String(decoding: name, as: UTF8.self), "") }
        var value: [UInt8] = []
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            index += 1
            while index < bytes.endIndex, bytes[index] != quote {
                value.append(Self.lower(bytes[index]))
                index += 1
            }
            if index < bytes.endIndex { index += 1 }
        } else {
            while index < bytes.endIndex, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                value.append(Self.lower(bytes[index]))
                index += 1
            }
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }
}
