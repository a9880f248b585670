@testable import ArchivePlugin
import Testing

@Suite("index-lookup.bin compared with the index as it is read")
struct LookupComparisonTests {
    /// The outcome of comparing `bytes` fed in pieces of `piece` bytes.
    static func compare(_ bytes: [UInt8], _ documents: [CheckedDocument], piece: Int) -> Bool {
        let comparison = LookupComparison(documents: documents)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + piece)
            bytes[start..<end].withUnsafeBytes { comparison.feed($0) }
            start = end
        }
        return comparison.matches
    }

    @Test func theSameOutcomeAsTheCapturedTable() throws {
        let documents = try CheckedIndex(try IndexScannerTests.index(count: 40).encoded()).documents
        let table = try #require(BundleLookup.encode(documents))
        var flipped = table
        flipped[table.count / 2] ^= 0x01
        let cases: [[UInt8]] = [table, flipped, Array(table.dropLast()), Array(table.dropLast(BundleLookup.recordSize)),
                                table + [0], table + table.prefix(BundleLookup.recordSize), []]
        for bytes in cases {
            let expected = BundleLookup.matches(bytes, documents)
            for piece in [1, 7, BundleLookup.recordSize, 1000, 65_536] {
                #expect(Self.compare(bytes, documents, piece: piece) == expected, "\(bytes.count) bytes in pieces of \(piece)")
            }
        }
        #expect(Self.compare(table, documents, piece: 13))
        #expect(!Self.compare(flipped, documents, piece: 13))
    }

    /// A size past 4 GiB - 1 does not fit a record: no table matches such an index, least of all
    /// the clamped record earlier builds wrote (verify called those bundles OK; show refused them).
    @Test func aSizeNoRecordHoldsMatchesNoTable() throws {
        var index = IndexScannerTests.index(count: 3)
        index.documents[1].members[0].size = 4_613_734_400
        let documents = try CheckedIndex(try index.encoded()).documents
        #expect(BundleLookup.encode(documents) == nil)
        index.documents[1].members[0].size = BundleLookup.maximumField
        let clamped = try #require(BundleLookup.encode(try CheckedIndex(try index.encoded()).documents))
        #expect(!BundleLookup.matches(clamped, documents))
        #expect(!Self.compare(clamped, documents, piece: 64))
        #expect(BundleLookup.fits(BundleLookup.maximumField) && !BundleLookup.fits(BundleLookup.maximumField + 1) && !BundleLookup.fits(-1))
    }
}
