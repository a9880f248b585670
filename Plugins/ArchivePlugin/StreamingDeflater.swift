import CZlib
import Conversion

/// A raw deflate stream fed in pieces whose output is handed on as it is produced, so a large tag
/// file (the index) is compressed straight into the bundle without its input or output held whole.
///
/// Fed the same bytes with the same flushes (none until the end) it produces the same stream as
/// ``Deflater/deflate(_:level:)`` of the joined bytes: zlib's output does not depend on how the
/// input is split (tested in FormatPrimitiveTests).
final class StreamingDeflater {
    private var stream = z_stream()
    private var buffer: [UInt8]
    private var finished = false

    init(level: Int32) throws(GazetteError) {
        let initialised = czlib_deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY)
        guard initialised == Z_OK else { throw GazetteError(.internal, "zlib deflateInit2 failed (\(initialised))") }
        let chunk = 1 << 16
        buffer = [UInt8](unsafeUninitializedCapacity: chunk) { _, count in count = chunk }
    }

    deinit { deflateEnd(&stream) }

    /// Compresses `input`; with `finish`, ends the stream. Output goes to `emit` in chunks.
    func feed(_ input: [UInt8], finish: Bool, emit: ([UInt8]) throws(GazetteError) -> Void) throws(GazetteError) {
        guard !finished else { throw GazetteError(.internal, "deflate stream fed after it ended") }
        var status: Int32 = Z_OK
        var chunks: [[UInt8]] = []
        var emitError: GazetteError?
        input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            repeat {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = CZlib.deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                    return target.count - Int(stream.avail_out)
                }
                if produced > 0 { chunks.append(Array(buffer[..<produced])) }
                // Until the input is used up and nothing is pending; when finishing, until the stream ends.
            } while status == Z_OK && (finish || stream.avail_in > 0 || stream.avail_out == 0)
        }
        // Emitted outside the pointer's scope: `emit` may throw, the closure above cannot.
        for chunk in chunks where emitError == nil {
            do throws(GazetteError) { try emit(chunk) } catch { emitError = error }
        }
        if let emitError { throw emitError }
        guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
            throw GazetteError(.internal, "zlib deflate failed (\(status))")
        }
        if finish {
            guard status == Z_STREAM_END else { throw GazetteError(.internal, "zlib deflate did not finish (\(status))") }
            finished = true
        }
    }
}
