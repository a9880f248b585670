/// Splits an inflated tar stream into entries as bytes arrive, without buffering entry data.
///
/// Pax extended headers are applied to the entry that follows them; the entry reported carries
/// the offset of the gzip member where its first header (pax or ustar) began.
final class TarStreamParser {
    /// Callbacks for what the stream contains.
    struct Handlers {
        /// A new entry: its header and the member offset where it started.
        var entry: (TarHeader, Int) throws(TarHeader.ParseError) -> Void
        /// A piece of the current entry's data.
        var data: (UnsafeRawBufferPointer) -> Void
        /// The current entry's data and padding are complete.
        var entryEnd: () -> Void
    }

    private enum State {
        case header, pax(remaining: Int), data(remaining: Int), padding(remaining: Int), ended
    }

    /// The longest pax header accepted.
    static let maximumPaxSize = 1 << 20

    private var state = State.header
    private var pending: [UInt8] = []
    private var paxData: [UInt8]?
    private var entryOffset = 0
    private var zeroBlocks = 0
    private let handlers: Handlers
    /// The gzip member offset to attribute to the next header.
    var memberOffset = 0

    /// True after the two zero blocks that end the archive.
    var ended: Bool { if case .ended = state { return true } else { return false } }
    /// True when the parser stands between entries (not inside a header, data or padding).
    var atBoundary: Bool {
        if case .header = state { return pending.isEmpty && paxData == nil }
        return ended
    }

    /// Creates a parser reporting to `handlers`.
    init(handlers: Handlers) { self.handlers = handlers }

    /// Forgets any partial entry, as after damage; the next byte starts a header.
    func reset() {
        state = .header; pending = []; paxData = nil; zeroBlocks = 0
    }

    /// Consumes inflated bytes.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(TarHeader.ParseError) {
        var cursor = 0
        while cursor < bytes.count {
            switch state {
            case .header:
                if pending.isEmpty && paxData == nil { entryOffset = memberOffset }
                let take = min(TarHeader.blockSize - pending.count, bytes.count - cursor)
                pending += bytes[cursor..<(cursor + take)]
                cursor += take
                if pending.count == TarHeader.blockSize { try headerComplete() }
            case .pax(let remaining):
                let take = min(remaining, bytes.count - cursor)
                paxData! += bytes[cursor..<(cursor + take)]
                cursor += take
                state = take < remaining ? .pax(remaining: remaining - take) : paddingState(after: paxData!.count)
            case .data(let remaining):
                let take = min(remaining, bytes.count - cursor)
                handlers.data(UnsafeRawBufferPointer(rebasing: bytes[cursor..<(cursor + take)]))
                cursor += take
                state = take < remaining ? .data(remaining: remaining - take) : paddingState(after: dataSize)
            case .padding(let remaining):
                let take = min(remaining, bytes.count - cursor)
                guard bytes[cursor..<(cursor + take)].allSatisfy({ $0 == 0 }) else {
                    throw TarHeader.ParseError(message: "tar padding is not zero")
                }
                cursor += take
                state = take < remaining ? .padding(remaining: remaining - take) : paddingState(after: 0)
            case .ended:
                guard bytes[cursor...].allSatisfy({ $0 == 0 }) else {
                    throw TarHeader.ParseError(message: "data after the end-of-archive marker")
                }
                cursor = bytes.count
            }
        }
    }

    private var dataSize = 0
    private var inPaxData: Bool { paxData != nil }

    /// The state after `size` bytes of entry or pax data: padding, then the next header.
    private func paddingState(after size: Int) -> State {
        let padding = TarHeader.padding(size)
        if padding > 0 { return .padding(remaining: padding) }
        if !inPaxData { handlers.entryEnd() }
        return .header
    }

    private func headerComplete() throws(TarHeader.ParseError) {
        let block = pending
        pending = []
        if block.withUnsafeBytes(TarHeader.isZero) {
            guard paxData == nil else { throw TarHeader.ParseError(message: "pax header without an entry") }
            zeroBlocks += 1
            if zeroBlocks == 2 { state = .ended }
            return
        }
        guard zeroBlocks == 0 else { throw TarHeader.ParseError(message: "a lone zero block inside the archive") }
        var header = try withRawBytes(block) { (raw) throws(TarHeader.ParseError) in try TarHeader.parse(raw) }
        switch header.kind {
        case .paxExtended, .paxGlobal:
            guard header.kind == .paxExtended else { throw TarHeader.ParseError(message: "global pax headers are not supported") }
            guard paxData == nil else { throw TarHeader.ParseError(message: "two pax headers in a row") }
            guard header.size <= Self.maximumPaxSize else { throw TarHeader.ParseError(message: "pax header too large") }
            paxData = []
            state = header.size > 0 ? .pax(remaining: header.size) : .header
        default:
            if let pax = paxData { try TarHeader.applyPax(pax, to: &header) }
            paxData = nil
            try handlers.entry(header, entryOffset)
            dataSize = header.size
            state = header.size > 0 ? .data(remaining: header.size) : paddingState(after: 0)
        }
    }
}
