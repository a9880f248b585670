import Conversion

/// One tar header block (POSIX ustar), and the pax extended header Gazette writes for long names.
struct TarHeader: Equatable {
    /// The entry type (typeflag).
    enum Kind: Equatable {
        case file, directory, hardLink, symbolicLink, device, fifo, paxExtended, paxGlobal, other(UInt8)

        init(flag: UInt8) {
            switch flag {
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"): self = .file
            case UInt8(ascii: "5"): self = .directory
            case UInt8(ascii: "1"): self = .hardLink
            case UInt8(ascii: "2"): self = .symbolicLink
            case UInt8(ascii: "3"), UInt8(ascii: "4"): self = .device
            case UInt8(ascii: "6"): self = .fifo
            case UInt8(ascii: "x"): self = .paxExtended
            case UInt8(ascii: "g"): self = .paxGlobal
            default: self = .other(flag)
            }
        }
    }

    /// The tar block size.
    static let blockSize = 512
    /// The longest name the ustar `name` field holds; longer names get a pax header.
    static let maximumNameLength = 100

    /// The entry's path, as bytes.
    var name: [UInt8]
    /// The data size in bytes.
    var size: Int
    /// The entry type.
    var kind: Kind
    /// The link target, for links.
    var linkName: [UInt8] = []

    /// Bytes of padding after `size` bytes of data, up to the next block boundary.
    static func padding(_ size: Int) -> Int { (blockSize - size % blockSize) % blockSize }

    /// The header blocks for a regular file: a pax header first when the name is too long for ustar.
    static func encodeFile(name: String, size: Int, mtime: Int) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        guard nameBytes.count > maximumNameLength else {
            return block(name: nameBytes, size: size, mtime: mtime, flag: UInt8(ascii: "0"))
        }
        let record = paxRecord(key: "path", value: nameBytes)
        let slash = name.lastIndex(of: "/").map { String(name[name.index(after: $0)...]) } ?? name
        let paxName = Array(("PaxHeaders/" + slash).utf8.prefix(maximumNameLength))
        var blocks = block(name: paxName, size: record.count, mtime: mtime, flag: UInt8(ascii: "x"))
        blocks += record + [UInt8](repeating: 0, count: padding(record.count))
        blocks += block(name: Array(nameBytes.suffix(maximumNameLength)), size: size, mtime: mtime, flag: UInt8(ascii: "0"))
        return blocks
    }

    /// One pax record: `<length> <key>=<value>\n`, where the length counts the whole record.
    static func paxRecord(key: String, value: [UInt8]) -> [UInt8] {
        let body = Array(" \(key)=".utf8) + value + [0x0A]
        var digits = String(body.count).count
        while String(body.count + digits).count != digits { digits += 1 }
        return Array(String(body.count + digits).utf8) + body
    }

    /// A ustar header block with Gazette's fixed mode 0644, uid/gid 0 and empty owner names.
    static func block(name: [UInt8], size: Int, mtime: Int, flag: UInt8) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: blockSize)
        header.replaceSubrange(0..<min(name.count, 100), with: name.prefix(100))
        put(octal: 0o644, width: 8, at: 100, in: &header)
        put(octal: 0, width: 8, at: 108, in: &header)
        put(octal: 0, width: 8, at: 116, in: &header)
        put(octal: size, width: 12, at: 124, in: &header)
        put(octal: mtime, width: 12, at: 136, in: &header)
        header[156] = flag
        header.replaceSubrange(257..<265, with: Array("ustar\u{0}00".utf8))
        header.replaceSubrange(148..<156, with: repeatElement(UInt8(ascii: " "), count: 8))
        let sum = header.reduce(0) { $0 + Int($1) }
        put(octal: sum, width: 7, at: 148, in: &header)
        header[155] = UInt8(ascii: " ")
        return header
    }

    private static func put(octal value: Int, width: Int, at offset: Int, in header: inout [UInt8]) {
        let digits = Array(String(value, radix: 8).utf8)
        let padded = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, width - 1 - digits.count)) + digits
        header.replaceSubrange(offset..<(offset + width - 1), with: padded.suffix(width - 1))
        header[offset + width - 1] = 0
    }
}
