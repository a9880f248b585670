extension HTMLOutput {
    /// Bytes that need a closer look: the five escaped characters, forbidden controls, and the lead
    /// bytes of multi-byte sequences that may encode a C1 control or a noncharacter.
    private static let attention: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in 0..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D { table[byte] = true }
        for character in "&<>\"'".utf8 { table[Int(character)] = true }
        table[0x7F] = true
        table[0xC2] = true
        table[0xEF] = true
        for lead in 0xF0...0xF4 { table[lead] = true }
        return table
    }()

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Escapes valid UTF-8 (a Swift string's bytes) in one pass, copying clean runs in bulk.
    mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let attention = HTMLOutput.attention
        var start = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            guard attention[Int(byte)] else { index += 1; continue }
            let (length, escape) = HTMLOutput.classify(utf8, at: index)
            guard let escape else { index += length; continue }
            if start < index { append(UnsafeBufferPointer(rebasing: utf8[start..<index])) }
            append(escape)
            index += length
            start = index
        }
        if start < count { append(UnsafeBufferPointer(rebasing: utf8[start..<count])) }
    }

    /// The sequence length at `index` and its replacement, or nil when it is written as is.
    private static func classify(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, EscapeKind?) {
        let byte = utf8[index]
        switch byte {
        case UInt8(ascii: "&"): return (1, .amp)
        case UInt8(ascii: "<"): return (1, .lt)
        case UInt8(ascii: ">"): return (1, .gt)
        case UInt8(ascii: "\""): return (1, .quot)
        case UInt8(ascii: "'"): return (1, .apos)
        case 0..<0x80: return (1, .controlPicture(byte))
        case 0xC2:
            // U+0080-U+009F, the C1 controls.
            return (2, (0x80...0x9F).contains(utf8[index + 1]) ? .replacement : nil)
        case 0xEF:
            // U+FDD0-U+FDEF (EF B7 90-AF) and U+FFFE/U+FFFF (EF BF BE/BF).
            let second = utf8[index + 1], third = utf8[index + 2]
            let nonCharacter = (second == 0xB7 && (0x90...0xAF).contains(third))
                || (second == 0xBF && third >= 0xBE)
            return (3, nonCharacter ? .replacement : nil)
        default:
            // U+xFFFE/U+xFFFF in the supplementary planes: F0-F4, x(low nibble F), BF, BE/BF.
            let nonCharacter = utf8[index + 1] & 0x0F == 0x0F && utf8[index + 2] == 0xBF && utf8[index + 3] >= 0xBE
            return (4, nonCharacter ? .replacement : nil)
        }
    }

    private enum EscapeKind {
        case amp, lt, gt, quot, apos, replacement
        /// A C0 control or DEL, shown as its Control Pictures symbol (U+2400-U+2421).
        case controlPicture(UInt8)
    }

    private mutating func append(_ kind: EscapeKind) {
        switch kind {
        case .amp: raw("&amp;")
        case .lt: raw("&lt;")
        case .gt: raw("&gt;")
        case .quot: raw("&quot;")
        case .apos: raw("&#39;")
        case .replacement: append(HTMLOutput.replacement)
        case .controlPicture(let byte):
            // U+2400 + the control (E2 90 80+), U+2421 for DEL (E2 90 A1).
            append([0xE2, 0x90, byte == 0x7F ? 0xA1 : 0x80 + byte])
        }
    }

    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        bytes.append(run)
    }

    private mutating func append(_ run: [UInt8]) {
        run.withUnsafeBufferPointer { bytes.append($0) }
    }
}
