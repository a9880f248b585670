import Conversion

/// The last gzip member of a bundle: an empty member whose extra field (subfield `GZ`) locates
/// the index, the lookup table and the tag manifest, like eStargz's footer.
struct BundleFooter: Equatable {
    /// A member's place in the file.
    struct Span: Equatable {
        var offset: Int
        var length: Int
    }

    /// The `index.json` member.
    var index: Span
    /// The `index-lookup.bin` member.
    var lookup: Span
    /// The `tagmanifest-sha256.txt` member.
    var tagManifest: Span

    /// The extra subfield's id.
    static let subfieldID: (UInt8, UInt8) = (UInt8(ascii: "G"), UInt8(ascii: "Z"))
    /// The footer member's length in bytes: always the same.
    static let length = 92

    /// The footer member's bytes.
    func encoded() -> [UInt8] {
        var data = Array(BundleFormat.identifier.utf8)
        for value in [index.offset, index.length, lookup.offset, lookup.length, tagManifest.offset, tagManifest.length] {
            data += BigEndian.bytes(UInt64(value))
        }
        return GzipMember.footer(subfieldID: Self.subfieldID, data: data)
    }

    /// Parses the last ``length`` bytes of a bundle of `fileSize` bytes.
    static func decode(_ bytes: [UInt8], fileSize: Int) throws(GazetteError) -> BundleFooter {
        func damaged(_ why: String) -> GazetteError {
            GazetteError(.bundleDamaged, "footer: \(why)", byteOffset: max(0, fileSize - length))
        }
        guard bytes.count == length else { throw damaged("file too short for a footer") }
        let header: GzipHeader
        do { header = try withRawBytes(bytes) { (raw) throws(GzipHeader.Failure) in try GzipHeader.parse(raw) } } catch {
            throw damaged("not a gzip member with a valid header (\(error.reason))")
        }
        guard let field = header.subfields.first(where: { $0.id == [subfieldID.0, subfieldID.1] }),
              field.data.count == 64, Array(field.data.prefix(16)) == Array(BundleFormat.identifier.utf8)
        else { throw damaged("no \(BundleFormat.identifier) locator in the extra field") }
        guard Array(bytes[header.length...]) == [0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0] else {
            throw damaged("footer member is not empty")
        }
        let values = (0..<6).map { Int(clamping: BigEndian.uint64(field.data, at: 16 + $0 * 8)) }
        let spans = [Span(offset: values[0], length: values[1]), Span(offset: values[2], length: values[3]),
                     Span(offset: values[4], length: values[5])]
        for span in spans where span.offset < 0 || span.length <= 0 || span.offset > fileSize - length - span.length {
            throw damaged("points outside the file (offset \(span.offset), length \(span.length))")
        }
        return BundleFooter(index: spans[0], lookup: spans[1], tagManifest: spans[2])
    }
}

/// Big-endian integer encoding for the footer and the lookup table.
enum BigEndian {
    static func bytes(_ value: UInt64) -> [UInt8] { (0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> (UInt64($0) * 8)) } }
    static func bytes(_ value: UInt32) -> [UInt8] { (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> (UInt32($0) * 8)) } }

    static func uint64<C: RandomAccessCollection<UInt8>>(_ bytes: C, at offset: Int) -> UInt64 where C.Index == Int {
        (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[bytes.startIndex + offset + $1]) }
    }

    static func uint32<C: RandomAccessCollection<UInt8>>(_ bytes: C, at offset: Int) -> UInt32 where C.Index == Int {
        (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[bytes.startIndex + offset + $1]) }
    }
}
