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
        let table = BundleLookup.encode(documents)
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
}
