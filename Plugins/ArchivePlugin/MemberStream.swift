import Conversion

/// Reads gzip members one after another from a ``SequentialReader``, inflating as it goes.
enum MemberStream {
    /// How reading one member ended.
    enum Outcome: Equatable, CustomStringConvertible {
        /// The member is whole and its CRC and size match.
        case ok
        /// No gzip header at this offset.
        case badHeader(String)
        /// The deflate data is corrupt.
        case corrupt(String)
        /// The member ends before its trailer.
        case truncated
        /// The trailer's CRC or size does not match the data.
        case checksumMismatch
        /// The member inflates past the limit.
        case overLimit
        /// The sink asked to stop.
        case stopped

        /// What happened, in words (verify's wording; never the case's Swift spelling).
        var description: String {
            switch self {
            case .ok: "intact"
            case .badHeader(let why): "no gzip member here: \(why)"
            case .corrupt(let why): "corrupt deflate data: \(why)"
            case .truncated: "gzip member cut short: the file is truncated"
            case .checksumMismatch: "gzip CRC mismatch"
            case .overLimit: "member inflates without bound"
            case .stopped: "reading stopped"
            }
        }
    }

    /// Reads the member at the reader's position. On `.ok` the reader stands after the member;
    /// otherwise the caller resynchronises.
    static func read(_ reader: SequentialReader, limit: Int = .max, header onHeader: (GzipHeader) -> Void = { _ in },
                     sink: (UnsafeRawBufferPointer) -> Bool) throws(GazetteError) -> Outcome {
        // Ask for just enough bytes: Gazette's headers are 10 bytes, others grow as needed.
        var wanted = 64
        var header: GzipHeader?
        while header == nil {
            let got = try reader.available(wanted)
            let parsed: Result<GzipHeader, GzipHeader.Failure> = reader.withUnread { raw in
                Result { () throws(GzipHeader.Failure) in try GzipHeader.parse(raw) }
            }
            switch parsed {
            case .success(let value): header = value
            case .failure(.needMore):
                guard got >= wanted, wanted < 140_000 else { return .truncated }
                wanted *= 4
            case .failure(.invalid(let why)): return .badHeader(why)
            }
        }
        guard let header else { return .truncated }
        onHeader(header)
        reader.advance(header.length)
        let inflater = try Inflater(limit: limit)
        while !inflater.finished {
            guard try reader.available() > 0 else { return .truncated }
            let step: Result<Int, Inflater.Failure> = reader.withUnread { raw in
                Result { () throws(Inflater.Failure) in try inflater.feed(raw, sink: sink) }
            }
            switch step {
            case .success(let consumed):
                reader.advance(consumed)
                if consumed == 0, !inflater.finished { return .corrupt("no progress") }
            case .failure(.corrupt(let why)): return .corrupt(why)
            case .failure(.overLimit): return .overLimit
            case .failure(.stopped): return .stopped
            }
        }
        guard try reader.available(8) >= 8 else { return .truncated }
        let (crc, isize) = reader.withUnread { raw in
            (UInt32(littleEndianBytes: raw[0..<4]), UInt32(littleEndianBytes: raw[4..<8]))
        }
        reader.advance(8)
        return crc == inflater.crc && isize == UInt32(truncatingIfNeeded: inflater.produced) ? .ok : .checksumMismatch
    }
}
