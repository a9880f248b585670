@testable import ArchivePlugin
import Testing

@Suite("payload paths packed as numbers")
struct PackedPathTests {
    static let paths = [
        "data/json/00000000000000ff.json", "data/json/00000000000000ff.js", "data/json/00000000000000ff.jsonx",
        "data/html/ffffffffffffffff.html", "data/original/0123456789abcdef.txt", "data/original/0123456789abcdef.bin",
        "data/original/0123456789abcdef.", "data/json/0123456789ABCDEF.json", "data/json/0123456789abcdef.toolong",
        "data/jsonx/0123456789abcdef.json", "data/", "bagit.txt", "gazette-2017/x", "data/html/é.html", "data/json/0123456789abcdef.j",
    ]

    @Test func everyPathComesBackByteForByte() {
        for path in Self.paths { #expect(PackedPath(path).path.utf8.elementsEqual(path.utf8)) }
        #expect(PackedPath("data/json/00000000000000ff.json") == .payload(id: 0xFF, tail: PackedPath.payload(id: 0, tail: 0).tailForTest("json", role: 2)))
    }

    @Test func packedOrderIsStringOrder() {
        for a in Self.paths {
            for b in Self.paths {
                #expect(PackedPath.precedes(PackedPath(a), PackedPath(b)) == (a < b), "\(a) vs \(b)")
            }
        }
        let sorted = Self.paths.map(PackedPath.init).sorted(by: PackedPath.precedes)
        #expect(sorted.map(\.path) == Self.paths.sorted())
        for path in Self.paths { #expect(PackedPath.sortedContains(sorted, PackedPath(path))) }
        #expect(!PackedPath.sortedContains(sorted, PackedPath("data/json/00000000000000fe.json")))
    }

    @Test func manifestRecordsKeepTheLastOfRepeatedPaths() throws {
        let a = String(repeating: "a", count: 64), b = String(repeating: "b", count: 64)
        let text = "\(a)  data/json/00000000000000ff.json\n\(b)  other/path.txt\n\(b)  data/json/00000000000000ff.json\n\(a)  other/path.txt\n"
        let table = try #require(ManifestTable(Array(text.utf8)))
        #expect(table["data/json/00000000000000ff.json"] == .some(SHA256Bytes(hex: b)))
        #expect(table["other/path.txt"] == .some(SHA256Bytes(hex: a)))
        #expect(table["data/json/00000000000000fe.json"] == nil)
        #expect(Set(table.paths) == ["data/json/00000000000000ff.json", "other/path.txt"])
        #expect(ManifestTable(Array("not a manifest line\n".utf8)) == nil)
    }
}

extension PackedPath {
    /// The tail packing `ext` for role code `role`, built independently of ``PackedPath/init(_:)``.
    fileprivate func tailForTest(_ ext: String, role: UInt64) -> UInt64 {
        ext.utf8.enumerated().reduce(role | UInt64(ext.utf8.count) << 8) { $0 | UInt64($1.element) << (16 + 8 * UInt64($1.offset)) }
    }
}
