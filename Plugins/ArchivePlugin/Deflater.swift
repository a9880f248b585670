import CLibDeflate
import Conversion

/// Raw deflate (no zlib or gzip wrapper) of a whole buffer, and the CRC-32 of gzip trailers.
///
/// Gazette writes each gzip header and trailer itself so the bytes are fixed on every platform
/// (zlib's own gzip header records the host OS), and so the footer can carry an extra field.
///
/// Whole buffers (every document's member) are deflated by libdeflate, not zlib: on this
/// project's members it is 2.2-2.8x faster at the same level for the same size (measured on
/// bundle JSON, HTML and originals), and deflate was 56% of `archive build`'s CPU. Members written
/// in pieces, too large to hold whole, still stream through zlib (``StreamingDeflater``).
enum Deflater {
    /// The compression level used for bundle members: zlib's and libdeflate's default trade-off.
    static let defaultLevel: Int32 = 6

    /// The raw deflate stream of `input`, finished.
    static func deflate(_ input: [UInt8], level: Int32 = defaultLevel) throws(GazetteError) -> [UInt8] {
        try CompressorPool.shared.with(level: level) { compressor in
            // Uninitialised: the bound is about the input's size, but only the compressed bytes are
            // written, so untouched pages never become resident (tens of MB for a large index).
            let bound = libdeflate_deflate_compress_bound(compressor, input.count)
            var output = [UInt8](unsafeUninitializedCapacity: bound) { _, count in count = bound }
            let written = input.withUnsafeBytes { source in
                output.withUnsafeMutableBytes { target in
                    libdeflate_deflate_compress(compressor, source.baseAddress, source.count, target.baseAddress, target.count)
                }
            }
            // Within the bound libdeflate always succeeds; 0 would mean it did not.
            precondition(written > 0, "libdeflate: no output within its own bound")
            output.removeLast(output.count - written)
            return output
        }
    }

    /// CRC-32 (the gzip trailer's checksum) of `bytes`, continuing from `crc`.
    ///
    /// libdeflate's, which uses carry-less multiplication where the CPU has it: zlib's `crc32_z`
    /// was 7% of verify's CPU (every inflated byte is checked).
    static func crc32(_ raw: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard let base = raw.baseAddress, raw.count > 0 else { return crc }
        return libdeflate_crc32(crc, base, raw.count)
    }

    /// CRC-32 of an array's bytes.
    static func crc32(_ bytes: [UInt8], continuing crc: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { crc32($0, continuing: crc) }
    }
}
