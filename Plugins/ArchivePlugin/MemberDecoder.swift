import Conversion

/// Inflates one whole gzip member held in memory and returns the single tar entry inside it,
/// refusing anything that is not exactly one regular file within the size cap.
enum MemberDecoder {
    /// The member's single entry.
    struct Entry {
        var name: String
        var data: [UInt8]
    }

    /// Decodes `bytes` (one complete member found at `offset` of `file`); inflation stops past `limit`.
    static func entry(_ bytes: [UInt8], limit: Int, file: String, offset: Int) throws(GazetteError) -> Entry {
        func damaged(_ why: String) -> GazetteError { GazetteError(.bundleDamaged, why, file: file, byteOffset: offset) }
        let header: GzipHeader
        do { header = try withRawBytes(bytes) { (raw) throws(GzipHeader.Failure) in try GzipHeader.parse(raw) } } catch {
            throw damaged("no valid gzip member here: \(error.reason)")
        }
        // Inflated straight into the tar parser, and the file's bytes reserved from the trailer's
        // ISIZE: one copy of the data, not an inflated buffer plus a copy each grown by doubling
        // (for a 58 MB index that was ~200 MB at peak).
        var entries: [(TarHeader, Int)] = []
        var data: [UInt8] = []
        if bytes.count >= header.length + 8 {
            data.reserveCapacity(min(limit, Int(UInt32(littleEndianBytes: bytes[(bytes.count - 4)...]))))
        }
        let parser = TarStreamParser(handlers: .init(
            entry: { header, offset in entries.append((header, offset)) },
            data: { data.append(contentsOf: $0) },
            entryEnd: {}))
        var tarError: TarHeader.ParseError?
        let inflater = try Inflater(limit: limit)
        var consumed = 0
        do throws(Inflater.Failure) {
            consumed = try withRawBytes(bytes) { (raw) throws(Inflater.Failure) in
                try inflater.feed(UnsafeRawBufferPointer(rebasing: raw[header.length...])) { piece in
                    do throws(TarHeader.ParseError) { try parser.feed(piece); return true } catch { tarError = error; return false }
                }
            }
        } catch {
            switch error {
            case .overLimit: throw GazetteError(.unsafeEntry, "member inflates past its declared size of \(limit) bytes (a gzip bomb?)", file: file, byteOffset: offset)
            case .corrupt(let why): throw damaged("corrupt deflate data: \(why)")
            case .stopped: if let tarError { throw damaged(tarError.message) } else { throw damaged("inflation stopped") }
            }
        }
        if let tarError { throw damaged(tarError.message) }
        let trailerStart = header.length + consumed
        guard inflater.finished, bytes.count == trailerStart + 8 else {
            throw damaged(inflater.finished ? "member length does not match its data" : "member is truncated")
        }
        let crc = UInt32(littleEndianBytes: bytes[trailerStart..<(trailerStart + 4)])
        let isize = UInt32(littleEndianBytes: bytes[(trailerStart + 4)..<(trailerStart + 8)])
        guard crc == inflater.crc, isize == UInt32(truncatingIfNeeded: inflater.produced) else { throw damaged("gzip CRC mismatch") }

        guard entries.count == 1, parser.atBoundary, let (entryHeader, _) = entries.first else {
            throw damaged("member does not hold exactly one tar entry")
        }
        // The same policy as extract, so show never passes on a name extract would refuse.
        if let refusal = EntryPolicy.refusal(entryHeader) {
            throw GazetteError(.unsafeEntry, "entry \(String(decoding: entryHeader.name, as: UTF8.self)) \(refusal)", file: file, byteOffset: offset)
        }
        return Entry(name: String(decoding: entryHeader.name, as: UTF8.self), data: data)
    }

    /// The most bytes a member holding a file of `size` bytes may inflate to: pax, header, data, padding.
    static func limit(forFileSize size: Int) -> Int { size + 4 * TarHeader.blockSize }
}

extension UInt32 {
    /// Reads four little-endian bytes.
    init<C: Collection<UInt8>>(littleEndianBytes bytes: C) {
        self = bytes.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
}
