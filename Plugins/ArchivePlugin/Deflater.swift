import CZlib
import Conversion

/// Raw deflate (no zlib or gzip wrapper) of a whole buffer, and zlib's CRC-32.
///
/// Gazette writes each gzip header and trailer itself so the bytes are fixed on every platform
/// (zlib's own gzip header records the host OS), and so the footer can carry an extra field.
enum Deflater {
    /// The compression level used for bundle members: zlib's default trade-off.
    static let defaultLevel: Int32 = 6

    /// The raw deflate stream of `input`, finished.
    static func deflate(_ input: [UInt8], level: Int32 = defaultLevel) throws(GazetteError) -> [UInt8] {
        var stream = z_stream()
        let initialised = czlib_deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY)
        guard initialised == Z_OK else { throw GazetteError(.internal, "zlib deflateInit2 failed (\(initialised))") }
        defer { deflateEnd(&stream) }
        // Uninitialised: the bound is about the input's size, but only the compressed bytes are
        // written, so untouched pages never become resident (tens of MB for a large index).
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 16
        var output = [UInt8](unsafeUninitializedCapacity: bound) { _, count in count = bound }
        let status: Int32 = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw GazetteError(.internal, "zlib deflate failed (\(status))") }
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }

    /// CRC-32 (the gzip trailer's checksum) of `bytes`, continuing from `crc`.
    static func crc32(_ raw: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard let base = raw.baseAddress, raw.count > 0 else { return crc }
        return UInt32(CZlib.crc32(uLong(crc), base.assumingMemoryBound(to: Bytef.self), uInt(raw.count)))
    }

    /// CRC-32 of an array's bytes.
    static func crc32(_ bytes: [UInt8], continuing crc: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { crc32($0, continuing: crc) }
    }
}
