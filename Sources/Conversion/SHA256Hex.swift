import Crypto

/// SHA-256 digests as lowercase hex, the form used in provenance, manifests and the bundle index.
public enum SHA256Hex {
    /// The SHA-256 of the bytes, lowercase hex.
    public static func digest<C: Collection<UInt8>>(_ bytes: C) -> String {
        var hasher = SHA256()
        if let done = bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) {
            _ = done
        } else {
            hasher.update(data: Array(bytes))
        }
        return hex(hasher.finalize())
    }

    /// Bytes as lowercase hex.
    public static func hex<S: Sequence<UInt8>>(_ bytes: S) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
