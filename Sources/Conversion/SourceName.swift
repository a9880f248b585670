/// A file name kept with its exact bytes, so a GBK-encoded name is never lost or mangled.
public struct SourceName: Sendable, Equatable, Hashable {
    /// The exact bytes of the name (the last path component).
    public let bytes: [UInt8]

    /// Creates a name from its exact bytes.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Creates a name from a Swift string (its UTF-8 bytes).
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// True when the bytes are valid UTF-8.
    public var isValidUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// The name for display: UTF-8 when valid, else GB18030 when that decodes cleanly, else UTF-8 with U+FFFD.
    public var display: String {
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        let gb = TextEncoding.gb18030.decode(bytes)
        if gb.problems.isEmpty { return gb.text }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes in lowercase hex.
    public var hex: String { SHA256Hex.hex(bytes) }
}
