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

    /// The packing before it was done in place: the reference the fast one must match.
    static func reference(_ path: String) -> PackedPath {
        let bytes = Array(path.utf8)
        guard bytes.starts(with: Array("data/".utf8)) else { return .verbatim(path) }
        for (code, role) in PackedPath.roleNames.enumerated() {
            let prefix = Array("data/\(role)/".utf8)
            guard bytes.starts(with: prefix), bytes.count >= prefix.count + 17, bytes[prefix.count + 16] == UInt8(ascii: ".") else { continue }
            let ext = bytes[(prefix.count + 17)...]
            guard ext.count <= 6, ext.allSatisfy({ $0 < 0x80 }),
                  let id = LowerHex64.value(String(decoding: bytes[prefix.count..<(prefix.count + 16)], as: UTF8.self))
            else { return .verbatim(path) }
            var tail = UInt64(code + 1) | UInt64(ext.count) << 8
            for (position, byte) in ext.enumerated() { tail |= UInt64(byte) << (16 + 8 * UInt64(position)) }
            return .payload(id: id, tail: tail)
        }
        return .verbatim(path)
    }

    @Test func packingMatchesTheReferenceOnMutatedPaths() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("data/jsonhtmlorigin.0123456789abcdefABé/x".unicodeScalars)
        var packed = 0
        for round in 0..<20_000 {
            var scalars = Array(Self.paths[round % Self.paths.count].unicodeScalars)
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                let position = Int.random(in: 0...scalars.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0 where position < scalars.count: scalars[position] = alphabet.randomElement(using: &generator)!
                case 1 where position < scalars.count: scalars.remove(at: position)
                default: scalars.insert(alphabet.randomElement(using: &generator)!, at: position)
                }
            }
            var path = ""
            path.unicodeScalars.append(contentsOf: scalars)
            let fast = PackedPath(path)
            #expect(fast == Self.reference(path), "\(path)")
            if case .payload = fast { packed += 1 }
        }
        #expect(packed > 1_000)
    }

    @Test func indexMembersGiveTheKeyTheirPathPacksTo() {
        let id = "0123456789abcdef"
        let paths = ["data/json/\(id).json", "data/html/\(id).html", "data/original/\(id).txt", "data/original/\(id).",
                     "data/original/\(id).sevenxx", "data/original/\(id).é", "data/json/\(id).JSON", "data/json/other.json",
                     "data/html/\(id).json", "bagit.txt"]
        let roles: [BundleMember.Role] = [.json, .html, .original, .original, .original, .original, .json, .json, .json, .tag]
        var documents: [CheckedDocument] = []
        for (path, role) in zip(paths, roles) {
            let member = BundleMember(role: role, path: path, offset: 0, compressedSize: 1, size: 1, sha256: String(repeating: "0", count: 64))
            let checked = CheckedMember(member, documentID: id)
            #expect(checked.key == PackedPath(path), "\(path)")
            #expect(checked.hasPath(PackedPath(path)), "\(path)")
            #expect(!checked.hasPath(PackedPath("data/json/fedcba9876543210.json")), "\(path)")
            if role != .tag {
                let document = BundleDocument(id: id, title: nil, agency: nil, year: nil, originalName: "a", originalNameHex: nil,
                                              sourcePath: "a", format: "text", encoding: "utf-8", aliases: [], members: [member])
                documents.append(CheckedDocument(document, element: 0..<1))
            }
        }
        // One document per member, all with the same id: the index lookups by path and by key agree.
        for document in documents {
            var index = try! CheckedIndex(Array(#"{"bundle":"b","documents":[],"format":"f","schema":"gazette.bundle-index/1","tagFiles":[],"tool":"g","toolVersion":"1"}"#.utf8))
            index.documents = [document]
            let indexed = IndexedMembers(index)
            for path in paths {
                #expect(indexed[key: PackedPath(path)]?.path == indexed[path]?.path, "\(path)")
            }
        }
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
