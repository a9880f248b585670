@testable import ArchivePlugin
import Conversion
import Crypto
import Foundation
import Testing

/// A spooled document read back from its raw bytes is the document that was spooled.
@Suite("Spooled documents")
struct SpooledDocumentTests {
    @Test("round trip through the raw bytes, every extension and an absent member", arguments: ["txt", "html", "json", "bin"])
    func roundTrip(originalExtension: String) throws {
        let digest = SHA256Bytes(digest: SHA256.hash(data: Data(originalExtension.utf8)))
        var document = SpooledDocument(id: 0x0123_4567_89ab_cdef, sha256: digest, bundleYear: originalExtension == "bin" ? nil : 2017,
                                       recordSpan: (offset: 1 << 40, length: 321), originalExtension: originalExtension)
        document.original = .init(spoolOffset: 7, length: 99, size: 1234, digest: digest)
        document.json = .init(spoolOffset: 106, length: 55, size: 4321, digest: .zero)
        let bytes = document.encoded
        #expect(bytes.count == SpooledDocument.encodedSize)
        let back = try #require(SpooledDocument(encoded: bytes))
        #expect(back.id == document.id && back.sha256 == digest && back.bundleYear == document.bundleYear)
        #expect(back.recordSpan == document.recordSpan && back.originalExtension == originalExtension)
        #expect(back.path(.original) == "data/original/0123456789abcdef.\(originalExtension)")
        #expect(back.original?.size == 1234 && back.json?.spoolOffset == 106 && back.html == nil)
        #expect(back.payload == (bytes: 1234 + 4321, files: 2))
        #expect(SpooledDocument(encoded: Array(bytes.dropLast())) == nil)
    }
}
