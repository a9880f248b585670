import Conversion

extension BundleFooter {
    /// The most zero bytes after the footer that readers skip: padding a transfer or a tape adds
    /// (a block of 512 bytes, a 32 KiB tape record) must not make a whole bundle unreadable.
    static let maximumPadding = 64 << 10

    /// Zero bytes at the end of a valid footer: the empty deflate block's second byte, then the
    /// CRC-32 and the length of nothing (FORMAT.md 2.3).
    static let trailingZeros = 9

    /// The footer at the end of `file`, or before up to ``maximumPadding`` zero bytes, with the
    /// number of zero bytes after it (0 as gazette writes it).
    ///
    /// Only when the last bytes are not a footer is the end searched: a footer ends in ``trailingZeros``
    /// zero bytes after a non-zero one, so the padding is the zeros past those.
    static func locate(in file: BundleFile) throws(GazetteError) -> (footer: BundleFooter, padding: Int) {
        let tail = try file.read(at: max(0, file.size - length), count: length)
        var failure: GazetteError
        do { return (try decode(tail, fileSize: file.size), 0) } catch { failure = error }
        if isFooter(tail) {
            failure.message = "footer: damaged, \(reason(failure)); run gazette archive verify"
        }
        let windowStart = max(0, file.size - maximumPadding - length)
        let window = try file.read(at: windowStart, count: file.size - windowStart)
        let zeros = window.count - (window.lastIndex { $0 != 0 }.map { $0 + 1 } ?? 0)
        guard zeros > trailingZeros else { throw failure }
        guard zeros < window.count else {
            throw GazetteError(.bundleDamaged, "footer: none found; the file ends in at least \(zeros) zero bytes "
                                   + "(padding past \(maximumPadding) bytes is not skipped)", byteOffset: windowStart)
        }
        let padding = zeros - trailingZeros, end = file.size - padding
        do {
            return (try decode(try file.read(at: max(0, end - length), count: length), fileSize: end), padding)
        } catch {
            throw GazetteError(.bundleDamaged, "footer: none at the end of the file, nor before the \(padding) zero bytes "
                                   + "that end it (\(reason(failure)))", byteOffset: max(0, end - length))
        }
    }

    /// Whether the last ``length`` bytes of a file are a footer, readable or not, by what sits at
    /// its fixed places: its first bytes (flags `FEXTRA|FHCRC`, which no other member has) or its
    /// identifier. One flipped bit leaves one of them; a truncated bundle's tail holds neither there.
    static func isFooter(_ tail: [UInt8]) -> Bool {
        tail.count == length && (tail.starts(with: [0x1F, 0x8B, 0x08, 0x06]) || tail[16..<32].elementsEqual(BundleFormat.identifier.utf8))
    }

    /// The reason in a footer error, without its `footer: ` prefix.
    static func reason(_ error: GazetteError) -> String {
        error.message.hasPrefix("footer: ") ? String(error.message.dropFirst(8)) : error.message
    }
}
