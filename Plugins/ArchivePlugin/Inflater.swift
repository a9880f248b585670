import CZlib
import Conversion

/// Inflates one raw deflate stream incrementally, checking the output against a size cap.
///
/// The caller feeds compressed chunks; inflated bytes go to `sink` in pieces of at most
/// ``chunkSize``. Inflation stops as soon as the output would pass `limit`, so a bomb costs
/// at most one chunk of work beyond the declared size.
final class Inflater {
    /// Output piece size.
    static let chunkSize = 64 * 1024

    private var stream = z_stream()
    private var output: [UInt8]
    /// The CRC-32 of everything inflated so far.
    private(set) var crc: UInt32 = 0
    /// Bytes inflated so far.
    private(set) var produced = 0
    /// True once the deflate stream's final block has ended.
    private(set) var finished = false
    private let limit: Int

    /// What one call to ``feed(_:sink:)`` did.
    struct Step {
        /// Input bytes consumed.
        var consumed: Int
    }

    /// Why inflation stopped early.
    enum Failure: Error, CustomStringConvertible {
        /// The deflate data is corrupt.
        case corrupt(String)
        /// The output passed the limit.
        case overLimit
        /// The sink asked to stop.
        case stopped

        /// Why, in words (for messages: never the case's Swift spelling).
        var description: String {
            switch self {
            case .corrupt(let why): "corrupt deflate data: \(why)"
            case .overLimit: "inflates past its size limit"
            case .stopped: "reading stopped"
            }
        }
    }

    /// Creates an inflater whose output may not exceed `limit` bytes.
    init(limit: Int = .max) throws(GazetteError) {
        self.limit = limit
        // Uninitialised: one inflater per member, so zero-filling would cost more than inflating small members.
        output = [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { _, count in count = Self.chunkSize }
        let status = czlib_inflateInit2(&stream, -15)
        guard status == Z_OK else { throw GazetteError(.internal, "zlib inflateInit2 failed (\(status))") }
    }

    deinit { inflateEnd(&stream) }

    /// Inflates from `input` until it is used up or the stream ends; returns bytes consumed.
    func feed(_ input: UnsafeRawBufferPointer, sink: (UnsafeRawBufferPointer) -> Bool) throws(Failure) -> Int {
        guard !finished, input.count > 0 else { return 0 }
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress!.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        while true {
            let (status, produced) = output.withUnsafeMutableBufferPointer { target -> (Int32, Int) in
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                let status = inflate(&stream, Z_NO_FLUSH)
                return (status, target.count - Int(stream.avail_out))
            }
            if produced > 0 {
                // Past the limit, the sink still sees the bytes up to it, so a header that lies
                // about its size can be refused with the precise reason.
                let allowed = min(produced, max(0, limit - self.produced))
                self.produced += produced
                let keepGoing = output.withUnsafeBytes { raw in
                    let piece = UnsafeRawBufferPointer(rebasing: raw[0..<allowed])
                    crc = Deflater.crc32(piece, continuing: crc)
                    return allowed == 0 || sink(piece)
                }
                guard keepGoing else { throw .stopped }
                guard self.produced <= limit else { throw .overLimit }
            }
            switch status {
            case Z_STREAM_END:
                finished = true
                return input.count - Int(stream.avail_in)
            case Z_OK:
                if stream.avail_in == 0 && produced < Self.chunkSize { return input.count }
            case Z_BUF_ERROR:
                return input.count - Int(stream.avail_in)
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw .corrupt(message)
            }
        }
    }
}
