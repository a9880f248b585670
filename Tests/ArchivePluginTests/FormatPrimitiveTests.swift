@testable import ArchivePlugin
import Conversion
import Crypto
import Foundation
import Testing

@Suite("Format primitives: gzip members, tar headers, pax, footer, lookup")
struct FormatPrimitiveTests {
    @Test(arguments: [0, 1, 511, 512, 513, 70_000])
    func aMemberDecodesToItsEntry(size: Int) throws {
        let data = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var entry = TarHeader.encodeFile(name: "bag/data/x.bin", size: data.count, mtime: 0)
        entry += data + [UInt8](repeating: 0, count: TarHeader.padding(data.count))
        for member in [try GzipMember.compress(entry), GzipMember.stored(entry)] {
            let decoded = try MemberDecoder.entry(member, limit: MemberDecoder.limit(forFileSize: size), file: "t", offset: 0)
            #expect(decoded.name == "bag/data/x.bin")
            #expect(decoded.data == data)
        }
    }

    @Test(arguments: [1, 7, 4096, 100_000])
    func aMemberDeflatedInPiecesHoldsWhatOneDeflatedWholeHolds(pieceSize: Int) throws {
        let whole = (0..<300_000).map { UInt8(truncatingIfNeeded: ($0 / 3) &* 2_654_435_761 >> 7) }
        let pieces = stride(from: 0, to: whole.count, by: pieceSize).map { Array(whole[$0..<min($0 + pieceSize, whole.count)]) } + [[]]
        // Pieces stream through zlib, whole buffers go to libdeflate: the bytes differ, the members hold the same.
        let inPieces = try GzipMember.compress(pieces: pieces), inOne = try GzipMember.compress(whole)
        for member in [inPieces, inOne] {
            #expect(member.prefix(10).elementsEqual(GzipMember.header()))
            #expect(try Self.inflated(member) == whole)
            #expect(member.suffix(8).elementsEqual(GzipMember.trailer(crc: Deflater.crc32(whole), size: whole.count)))
        }
    }

    /// The payload of a member, inflated by zlib.
    static func inflated(_ member: [UInt8]) throws -> [UInt8] {
        let inflater = try Inflater()
        var output: [UInt8] = []
        let body = Array(member.dropFirst(10).dropLast(8))
        _ = try body.withUnsafeBytes { raw in try inflater.feed(raw) { output += $0; return true } }
        #expect(inflater.finished)
        return output
    }

    @Test func crc32IsTheGzipChecksumAndContinues() {
        #expect(Deflater.crc32(Array("123456789".utf8)) == 0xCBF4_3926)  // the CRC-32 check value
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31 >> 3) }
        #expect(Deflater.crc32(Array(bytes[40_000...]), continuing: Deflater.crc32(Array(bytes[..<40_000]))) == Deflater.crc32(bytes))
        #expect(Deflater.crc32([]) == 0)
    }

    @Test func longNamesGetAPaxHeader() throws {
        let name = "bag/" + String(repeating: "很长的名字", count: 12) + ".txt"
        let header = TarHeader.encodeFile(name: name, size: 3, mtime: 0)
        #expect(header.count == 3 * TarHeader.blockSize)
        #expect(header[156] == UInt8(ascii: "x"))
        let member = try GzipMember.compress(header + [1, 2, 3] + [UInt8](repeating: 0, count: 509))
        #expect(try MemberDecoder.entry(member, limit: 4096, file: "t", offset: 0).name == name)
    }

    @Test func paxRecordLengthCountsItself() {
        for length in [1, 90, 95, 96, 995, 996, 997] {
            let record = TarHeader.paxRecord(key: "path", value: [UInt8](repeating: 0x61, count: length))
            let declared = Int(String(decoding: record.prefix { $0 != 0x20 }, as: UTF8.self))
            #expect(declared == record.count)
        }
    }

    @Test func headerChecksumIsChecked() throws {
        var block = TarHeader.block(name: Array("a/b".utf8), size: 1, mtime: 0, flag: UInt8(ascii: "0"))
        #expect(try withRawBytes(block) { (raw) throws(TarHeader.ParseError) in try TarHeader.parse(raw) }.size == 1)
        block[0] ^= 1
        #expect(throws: TarHeader.ParseError.self) { try withRawBytes(block) { (raw) throws(TarHeader.ParseError) in try TarHeader.parse(raw) } }
    }

    @Test func footerRoundTripsAndRefusesSpansOutsideTheFile() throws {
        let footer = BundleFooter(index: .init(offset: 100, length: 50), lookup: .init(offset: 150, length: 20), tagManifest: .init(offset: 170, length: 30))
        let bytes = footer.encoded()
        #expect(bytes.count == BundleFooter.length)
        #expect(try BundleFooter.decode(bytes, fileSize: 200 + BundleFooter.length) == footer)
        #expect(throws: GazetteError.self) { try BundleFooter.decode(bytes, fileSize: 150) }
        var flipped = bytes
        flipped[30] ^= 4
        #expect(throws: GazetteError.self) { try BundleFooter.decode(flipped, fileSize: 200 + BundleFooter.length) }
    }

    @Test func gzipAcceptsTheFooterAsAnEmptyMember() throws {
        let footer = BundleFooter(index: .init(offset: 1, length: 1), lookup: .init(offset: 2, length: 1), tagManifest: .init(offset: 3, length: 1)).encoded()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("footer-\(UUID().uuidString).gz")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(try GzipMember.compress(Array("hello".utf8)) + footer).write(to: url)
        let outcome = try Program.run("/usr/bin/gzip", ["-dc", url.path])
        #expect(outcome.status == 0)
        #expect(outcome.output == "hello")
    }

    @Test(arguments: [(0, "1970-01-01"), (951_782_400, "2000-02-29"), (1_700_000_000, "2023-11-14"), (-86_400, "1969-12-31")])
    func civilDates(epoch: Int, date: String) {
        #expect(BagTags.civilDate(epoch: epoch) == date)
    }

    @Test func unsafeNamesAreRefused() {
        for name in ["../x", "bag/../../x", "/etc/passwd", "bag//x", "bag/./x", "x", "bag\\..\\x", ""] {
            #expect(EntryPolicy.unsafeName(Array(name.utf8)) != nil, "\(name) accepted")
        }
        #expect(EntryPolicy.unsafeName(Array("gazette-2017/data/json/a.json".utf8)) == nil)
    }

    @Test(arguments: [0, 1, 3])
    func indexSplicedDocumentByDocumentEqualsOneWholeEncoding(count: Int) throws {
        let member = BundleMember(role: .original, path: "data/original/a.txt", offset: 1, compressedSize: 2, size: 3, sha256: "ab")
        let documents = (0..<count).map { n in
            BundleDocument(id: "00000000000000a\(n)", title: n == 1 ? nil : "报告 \"\(n)\"/x", agency: "局", year: 2017, originalName: "a.txt",
                           originalNameHex: nil, sourcePath: "2017/a.txt", format: "text", encoding: "gb18030", aliases: [], members: [member])
        }
        let index = BundleIndex(bundle: "gazette-2017", year: 2017, toolVersion: "t", tagFiles: [member], documents: documents)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try index.encoded() == Array(try encoder.encode(index)) + [0x0A])
        #expect(try BundleIndex.decode(index.encoded()) == index)
    }

    /// The lookup table is written from its spool in pieces: the blocks must be those of the joined bytes.
    @Test(arguments: [1, 7, 512, 1000, 4096])
    func storedBlocksFedInPiecesEqualTheWholeMember(piece: Int) throws {
        let payload = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        for blockSize in [100, 1000, 10_000, 20_000] {
            var member = GzipMember.header()
            let writer = StoredBlockWriter(total: payload.count, blockSize: blockSize)
            for start in stride(from: 0, to: payload.count, by: piece) {
                try writer.feed(Array(payload[start..<min(payload.count, start + piece)])) { member += $0 }
            }
            try writer.feed([]) { member += $0 }
            member += GzipMember.trailer(crc: Deflater.crc32(payload), size: payload.count)
            #expect(member == GzipMember.stored(payload, blockSize: blockSize), "piece \(piece), block \(blockSize)")
        }
    }

    @Test(arguments: [0, 1, 55, 64, 1000])
    func digestBytesReadTheHashersBytesInOrder(length: Int) {
        let data = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let digest = SHA256Bytes(digest: SHA256.hash(data: data))
        #expect(digest.hex == SHA256Hex.digest(data))
        #expect(digest == SHA256Bytes(hex: SHA256Hex.digest(data)))
    }
}
