/// Tests and slices made on a line's UTF-8 bytes rather than on its scalar view: they run on
/// nearly every line, where decoding scalars one by one (and the view's index checks) dominated
/// the profile of the pass.
extension ScalarText {
    /// `text` without leading and trailing whitespace.
    /// Measured on the UTF-8 bytes: most lines have nothing to trim, and the scalar view's
    /// index checks showed in the profile.
    static func trimmed(_ text: Substring) -> Substring {
        let (lead, trail) = withUTF8(text) { bytes -> (Int, Int) in
            let kept = trimmedRange(bytes)
            return (kept.lowerBound, bytes.count - kept.upperBound)
        }
        if lead == 0, trail == 0 { return text }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lead)
        return text[start..<utf8.index(utf8.endIndex, offsetBy: -trail)]
    }

    /// The byte range `trimmed` keeps of `bytes` (whole scalars of valid UTF-8).
    static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let cursor = UTF8Cursor(bytes: bytes)
        var start = 0
        while start < bytes.count, mayStartSpace(bytes[start]) {
            let (scalar, length) = cursor.scalar(at: start)
            guard isSpace(scalar) else { break }
            start += length
        }
        var end = bytes.count
        while end > start {
            var before = end - 1
            while before > start, bytes[before] & 0xC0 == 0x80 { before -= 1 }
            guard mayStartSpace(bytes[before]), isSpace(cursor.scalar(at: before).0) else { break }
            end = before
        }
        return start..<end
    }

    /// False when a scalar with this lead byte cannot be whitespace (`isSpace`): printable ASCII
    /// and the leads of CJK text, so most lines are trimmed without decoding a scalar. The spaces
    /// lead with 09-0D, 20, C2, E1, E2, E3 or EF.
    @inline(__always)
    private static func mayStartSpace(_ lead: UInt8) -> Bool {
        switch lead {
        case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF: true
        default: false
        }
    }

    /// True when `text` has no scalar outside the whitespace set.
    static func isBlank(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy(isSpace)
    }

    /// The number of scalars in `text`, counting no further than `limit` (cheap length tests).
    /// Counts UTF-8 lead bytes, which is much faster than decoding scalars.
    static func count(_ text: Substring, upTo limit: Int) -> Int {
        let utf8 = text.utf8
        let bytes = utf8.count
        if bytes >= 4 * limit { return limit }
        if bytes <= 1 { return bytes }
        let counted = utf8.withContiguousStorageIfAvailable { leadBytes($0, limit: limit) } ?? text.unicodeScalars.count
        return min(counted, limit)
    }

    /// `count` for text already in hand as UTF-8 bytes.
    static func count(bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        if bytes.count >= 4 * limit { return limit }
        if bytes.count <= 1 { return bytes.count }
        return min(leadBytes(bytes, limit: limit), limit)
    }

    /// The lead (non-continuation) bytes of `buffer`, or some number at or above `limit` once that
    /// many are seen (this counts them all: with SIMD compares that is cheaper than checking the
    /// limit as it goes). Every rule asks for the length of nearly every line.
    private static func leadBytes(_ buffer: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let total = buffer.count
        // Continuation bytes (0x80-0xBF) are the Int8 values below -64. Counted per lane, sixteen
        // bytes a step, and summed at least every 255 steps, before a lane could wrap.
        let threshold = SIMD16<Int8>(repeating: -64)
        let one = SIMD16<UInt8>(repeating: 1)
        var continuation = 0
        var index = 0
        while index + 16 <= total {
            var lanes = SIMD16<UInt8>()
            let end = min(total, index + 255 * 16)
            while index + 16 <= end {
                let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<Int8>.self)
                lanes &+= one & unsafeBitCast(block .< threshold, to: SIMD16<UInt8>.self)
                index += 16
            }
            continuation += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        }
        var count = index - continuation
        while index < total {
            if buffer[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// True when the first scalar of `text` could start a section number (cheap filter).
    static func mayStartWithMarker(_ text: Substring) -> Bool {
        withUTF8(text) { $0.isEmpty ? false : HeadingMarker.canStart(UTF8Cursor(bytes: $0).scalar(at: 0).0) }
    }

    /// True when `text` (its first `limit` bytes) holds one of `needles` (a cheap filter before a rule).
    static func containsAny(_ text: Substring, _ needles: ByteNeedles, withinBytes limit: Int = .max) -> Bool {
        withUTF8(text) { needles.occur(in: $0, limit: limit) }
    }

    /// True when `:` or `：` starts within the first `limit` bytes of `text`: the splitter asks of
    /// every line, so the two are matched directly rather than through `ByteNeedles`.
    static func hasColon(_ text: Substring, withinBytes limit: Int) -> Bool {
        withUTF8(text) { bytes in
            let end = min(bytes.count, limit)
            var index = 0
            while index < end {
                let byte = bytes[index]
                if byte == 0x3A { return true }
                // `：` is EF BC 9A.
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9A { return true }
                index += 1
            }
            return false
        }
    }

    /// The first `limit` scalars of `text`, for rules that only look at short lines or prefixes.
    static func prefix(_ text: Substring, _ limit: Int) -> [Unicode.Scalar] {
        withPrefix(text, limit) { Array($0) }
    }

    /// Calls `body` with the first `limit` scalars of `text`, decoded from its UTF-8 into a
    /// temporary (stack) buffer: the per-line rules run on nearly every line, and an array per
    /// call made allocation the largest cost of the pass.
    @inline(__always)
    static func withPrefix<R>(_ text: Substring, _ limit: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: limit) { buffer in
            let count = withUTF8(text) { UTF8Cursor(bytes: $0).decode(into: buffer) }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// `withPrefix` for text already in hand as UTF-8 bytes.
    @inline(__always)
    static func withPrefix<R>(
        bytes: UnsafeBufferPointer<UInt8>, _ limit: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R
    ) -> R {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: limit) { buffer in
            let count = UTF8Cursor(bytes: bytes).decode(into: buffer)
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Calls `body` with the UTF-8 of `text` (contiguous for native strings, else a copy).
    @inline(__always)
    static func withUTF8<R>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
