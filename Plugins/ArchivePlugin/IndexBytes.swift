import Conversion

/// The bytes of `index.json` as ``ByteScan`` reads them: held whole in memory, or read back from a
/// scratch file through a bounded window.
///
/// Why a window: verify held the inflated index whole (~0.85 KB a document, tens of MB for a large
/// bundle) only to walk it once. Positions stay offsets in `index.json` either way, so a malformed
/// index is reported at the same byte whichever way it is read.
final class IndexBytes {
    /// Window size when reading from a file.
    static let windowSize = 1 << 20

    /// The index's length in bytes.
    let count: Int
    private var window: [UInt8]
    private var windowStart = 0
    private let file: ScratchFile?
    private let windowSize: Int

    /// The whole index, in memory.
    init(_ bytes: [UInt8]) {
        count = bytes.count
        window = bytes
        file = nil
        windowSize = bytes.count
    }

    /// The index written to `file` (all of it, from offset 0), read `windowSize` bytes at a time.
    init(file: ScratchFile, windowSize: Int = IndexBytes.windowSize) {
        count = file.size
        window = []
        self.file = file
        self.windowSize = max(1, windowSize)
    }

    /// The byte at `position` (0 ..< count).
    @inline(__always)
    func byte(at position: Int) throws(IndexScanner.Malformed) -> UInt8 {
        let offset = position &- windowStart
        if offset >= 0, offset < window.count { return window[offset] }
        try load(from: position)
        return window[position - windowStart]
    }

    /// A copy of the bytes in `range`.
    func slice(_ range: Range<Int>) throws(IndexScanner.Malformed) -> [UInt8] {
        if range.lowerBound >= windowStart, range.upperBound <= windowStart + window.count {
            return Array(window[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)])
        }
        guard let file else { preconditionFailure("index range \(range) outside \(count) bytes") }
        // Read directly, leaving the window where the scan is.
        do { return try file.read(at: range.lowerBound, count: range.count) } catch {
            throw IndexScanner.Malformed(offset: range.lowerBound, reason: "cannot read the index back: \(error.message)")
        }
    }

    /// Frees the window; later reads load it again.
    func releaseWindow() {
        guard file != nil else { return }
        window = []
        windowStart = 0
    }

    private func load(from position: Int) throws(IndexScanner.Malformed) {
        guard let file, position >= 0, position < count else { preconditionFailure("index byte \(position) outside \(count) bytes") }
        do { window = try file.read(at: position, count: min(windowSize, count - position)) } catch {
            throw IndexScanner.Malformed(offset: position, reason: "cannot read the index back: \(error.message)")
        }
        windowStart = position
    }
}
