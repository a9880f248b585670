@testable import ArchivePlugin
import Testing
import TestSupport

/// Without an index, verify names documents by the ids in payload paths; the packed grouping must
/// give what grouping the path Strings gives (the reference below, as verify once did it).
@Suite("Verify without an index: payload paths grouped by document")
struct PayloadGroupsTests {
    static func reference(_ paths: [String]) -> [(String, [String])] {
        var byID: [String: [String]] = [:]
        for path in Set(paths) where path.hasPrefix("data/") {
            guard let id = VerificationRun.documentID(path) else { continue }
            byID[id, default: []].append(path)
        }
        return byID.keys.sorted().map { ($0, byID[$0]!.sorted()) }
    }

    static let ids = ["0000000000000001", "00000000000000ff", "7fffffffffffffff", "8000000000000000", "ffffffffffffffff", "a1b2c3d4e5f60718"]

    @Test(arguments: 0..<40)
    func groupsAsTheStringsDo(seed: Int) throws {
        var random = SplitMix64(state: UInt64(seed))
        var manifest: [String] = [], seen: [String] = [], damaged: [String] = []
        for _ in 0..<(1 + Int(random.next() % 30)) {
            let id = Self.ids[Int(random.next() % UInt64(Self.ids.count))]
            let path: String = switch random.next() % 9 {
            case 0: "data/original/\(id).txt"
            case 1: "data/json/\(id).json"
            case 2: "data/html/\(id).html"
            case 3: "data/original/\(id).toolongext"     // not packed, same id as packed paths
            case 4: "data/original/\(id.prefix(8)).bin"   // an id of another form
            case 5: "data/other/\(id).txt"
            case 6: "data/original/Z\(id).txt"            // sorts before every hex id
            case 7: "bag-info-extra.txt"                  // not payload
            default: "data/html/\(id).htm"
            }
            switch random.next() % 3 {
            case 0: manifest.append(path)
            case 1: seen.append(path)
            default: damaged.append(path)
            }
        }
        let digest = String(repeating: "ab", count: 32)
        let table = try #require(ManifestTable(Array(manifest.map { "\(digest)  \($0)\n" }.joined().utf8)))
        var entries = SeenEntries()
        for (offset, path) in seen.enumerated() { _ = entries.insert(path, .init(offset: offset, size: 1, digest: nil)) }
        let grouped = PayloadGroups(manifest: table, seen: entries, damaged: damaged).map { ($0, $1) }
        let expected = Self.reference(manifest + seen + damaged)
        #expect(grouped.map(\.0) == expected.map(\.0))
        #expect(grouped.map(\.1) == expected.map(\.1))
    }
}
