@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// A damaged `index-lookup.bin` met by show: reported as damage to that file (exit 2), never a
/// trap, a missing document, a document "kept as original only" or a gzip bomb.
@Suite("Show: a damaged lookup table is reported as damage")
struct ShowLookupDamageTests {
    /// One field of the victim's lookup record, damaged.
    enum Mutation: String, CaseIterable, CustomTestStringConvertible {
        /// The tester's crash: the original's offset with its top bit set (>= 2^63).
        case offsetTopBit
        /// The offset past the end of the file.
        case offsetPastTheFile
        case idBit, jsonLengthZero, originalSizeZero, originalLengthZero, originalDigestBit
        /// The offset's top bit with the member's CRC made right again: only the tag manifest tells.
        case offsetTopBitWithCRCRedone
        var testDescription: String { rawValue }

        /// The representation show is asked for: the one the damaged field belongs to.
        var role: BundleMember.Role { self == .jsonLengthZero ? .json : .original }
    }

    /// The bytes of the fixture's 2020 bundle with `mutation` applied to document 1's record.
    static func damaged(_ mutation: Mutation, in fixture: ArchiveFixture) throws -> (url: URL, id: String) {
        try fixture.build(year: 2020)
        let url = fixture.bundle("gazette-2020.tar.gz")
        let reader = try BundleReader(FilePath(url.path))
        let id = try reader.index().documents[1].id
        var bytes = [UInt8](try Data(contentsOf: url))
        let span = reader.footer.lookup
        let table = Array(bytes[span.offset..<(span.offset + span.length)])
        let record = span.offset + (try #require(table.firstRange(of: BundleLookup.idBytes(id)!)?.lowerBound))
        let original = record + 8, json = record + 8 + BundleLookup.slotSize
        switch mutation {
        case .offsetTopBit, .offsetTopBitWithCRCRedone: bytes[original] ^= 0x80
        case .offsetPastTheFile: bytes.replaceSubrange(original..<(original + 8), with: BigEndian.bytes(UInt64(bytes.count + 1)))
        case .idBit: bytes[record + 7] ^= 1
        case .jsonLengthZero: bytes.replaceSubrange((json + 8)..<(json + 12), with: [0, 0, 0, 0])
        case .originalSizeZero: bytes.replaceSubrange((original + 12)..<(original + 16), with: [0, 0, 0, 0])
        case .originalLengthZero: bytes.replaceSubrange((original + 8)..<(original + 12), with: [0, 0, 0, 0])
        case .originalDigestBit: bytes[original + 20] ^= 0x40
        }
        if mutation == .offsetTopBitWithCRCRedone {
            // One stored block: 10-byte header, 5-byte block header, the payload, then CRC-32 and length.
            let payload = Array(bytes[(span.offset + GzipMember.storedPrologue)..<(span.offset + span.length - 8)])
            let crc = Deflater.crc32(payload)
            bytes.replaceSubrange((span.offset + span.length - 8)..<(span.offset + span.length - 4),
                                  with: (0..<4).map { UInt8(truncatingIfNeeded: crc >> (8 * UInt32($0))) })
        }
        let target = fixture.path("damaged-\(mutation).tar.gz")
        try Data(bytes).write(to: target)
        return (target, id)
    }

    @Test(arguments: Mutation.allCases)
    func showReportsTheLookupTableAsDamaged(_ mutation: Mutation) throws {
        let fixture = try ArchiveFixture()
        let (url, id) = try Self.damaged(mutation, in: fixture)
        let error = try #require(throws: GazetteError.self) {
            _ = try BundleReader(FilePath(url.path)).show(id: id, role: mutation.role)
        }
        #expect(error.code == .bundleDamaged, "\(mutation): \(error)")
        #expect(error.message.hasPrefix("index-lookup.bin is damaged ("), "\(mutation): \(error)")
        let why = mutation == .offsetTopBitWithCRCRedone ? "its SHA-256 does not match tagmanifest-sha256.txt" : "gzip CRC mismatch"
        #expect(error.message.contains(why), "\(mutation): \(error)")
        #expect(!error.description.contains("\n"))
    }

    /// With the table intact, the failure path keeps its own answer: no such document, or a
    /// record that puts its member outside the payload (a lookup table written wrong, not rotted).
    @Test func anIntactTableKeepsTheOrdinaryAnswers() throws {
        let fixture = try ArchiveFixture()
        try fixture.build(year: 2020)
        let reader = try BundleReader(FilePath(fixture.bundle("gazette-2020.tar.gz").path))
        let missing = try #require(throws: GazetteError.self) { _ = try reader.show(id: "ffffffffffffffff", role: .json) }
        #expect(missing.code == .notFound)
        #expect(missing.message == "no document ffffffffffffffff in this bundle")
        #expect(reader.lookupDamage() == nil)
    }

    /// A record whose offset lies past the payload in a table whose CRC and tag-manifest digest both
    /// hold: refused as damage before anything is read there, with the numbers.
    @Test func aConsistentTablePointingOutsideThePayloadIsDamage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let bundle = root.appendingPathComponent("outside.tar.gz")
        try HostileBundle.write([HostileBundle.Entry(name: HostileBundle.bag + "/" + HostileBundle.originalPath)], tweak: .lookupOffsetTopBit, to: bundle)
        let error = try #require(throws: GazetteError.self) {
            _ = try BundleReader(FilePath(bundle.path)).show(id: HostileBundle.id, role: .original)
        }
        #expect(error.code == .bundleDamaged, "\(error)")
        #expect(error.message.contains("puts its original member outside the payload (offset \(Int.max)"), "\(error)")
    }
}
