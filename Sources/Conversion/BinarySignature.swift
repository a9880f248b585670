#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Recognises inputs that are not text at all, so they are refused with a clear reason.
public enum BinarySignature {
    private static let signatures: [(magic: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (or DOCX/XLSX)"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x1F, 0x8B], "gzip data"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE document (DOC/XLS)"),
        (Array("Rar!".utf8), "RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ]

    /// Why the bytes look binary, or nil when they may be text.
    ///
    /// A NUL byte means binary unless the input starts with a UTF-16 BOM.
    public static func reason(_ bytes: [UInt8]) -> (reason: String, byteOffset: Int)? {
        for (magic, name) in signatures where bytes.starts(with: magic) {
            return ("binary input: \(name) signature", 0)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if let nul = firstNUL(bytes) {
            return ("binary input: NUL byte", nul)
        }
        return nil
    }

    /// The offset of the first NUL byte. Every sniffer asks about the same sample, so the scan
    /// uses `memchr` (a generic `firstIndex` compares one byte at a time).
    private static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
    }
}
