extension TarHeader {
    /// Why a header block was refused.
    struct ParseError: Error, Equatable {
        /// What is wrong, in one line.
        var message: String
    }

    /// True when the block is all zeros (half of the end-of-archive marker).
    static func isZero(_ block: UnsafeRawBufferPointer) -> Bool { block.allSatisfy { $0 == 0 } }

    /// Parses a 512-byte header block, checking its checksum.
    static func parse(_ block: UnsafeRawBufferPointer) throws(ParseError) -> TarHeader {
        guard block.count == blockSize else { throw ParseError(message: "short tar header") }
        let stored = try octal(block, 148, 8)
        var sum = 0
        for index in 0..<blockSize { sum += (148..<156).contains(index) ? 32 : Int(block[index]) }
        guard stored == sum else { throw ParseError(message: "tar header checksum mismatch") }
        guard block[156] & 0x80 == 0, block[124] & 0x80 == 0 else { throw ParseError(message: "base-256 size fields are not supported") }
        var name = field(block, 0, 100)
        let magic = Array(block[257..<263])
        if magic == Array("ustar\u{0}".utf8) || magic == Array("ustar ".utf8) {
            let prefix = field(block, 345, 155)
            if !prefix.isEmpty, magic == Array("ustar\u{0}".utf8) { name = prefix + [UInt8(ascii: "/")] + name }
        }
        return TarHeader(name: name, size: try octal(block, 124, 12), kind: Kind(flag: block[156]),
                         linkName: field(block, 157, 100))
    }

    /// Applies a pax extended header's `path`, `linkpath` and `size` records to the next header.
    static func applyPax(_ data: [UInt8], to header: inout TarHeader) throws(ParseError) {
        var cursor = 0
        while cursor < data.count {
            guard let space = data[cursor...].firstIndex(of: UInt8(ascii: " ")),
                  let length = Int(String(decoding: data[cursor..<space], as: UTF8.self)), length > 0,
                  cursor + length <= data.count, data[cursor + length - 1] == 0x0A,
                  let equals = data[(space + 1)..<(cursor + length)].firstIndex(of: UInt8(ascii: "="))
            else { throw ParseError(message: "malformed pax header") }
            let key = String(decoding: data[(space + 1)..<equals], as: UTF8.self)
            let value = Array(data[(equals + 1)..<(cursor + length - 1)])
            switch key {
            case "path": header.name = value
            case "linkpath": header.linkName = value
            case "size":
                guard let size = Int(String(decoding: value, as: UTF8.self)), size >= 0 else {
                    throw ParseError(message: "malformed pax size")
                }
                header.size = size
            default: break
            }
            cursor += length
        }
    }

    private static func field(_ block: UnsafeRawBufferPointer, _ offset: Int, _ width: Int) -> [UInt8] {
        Array(block[offset..<(offset + width)].prefix(while: { $0 != 0 }))
    }

    private static func octal(_ block: UnsafeRawBufferPointer, _ offset: Int, _ width: Int) throws(ParseError) -> Int {
        var value = 0
        var seenDigit = false
        for byte in block[offset..<(offset + width)] {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard value < Int.max >> 4 else { throw ParseError(message: "octal field overflows") }
                value = value * 8 + Int(byte - UInt8(ascii: "0")); seenDigit = true
            case UInt8(ascii: " "), 0:
                if seenDigit { return value }
            default: throw ParseError(message: "bad octal field in tar header")
            }
        }
        return value
    }
}
