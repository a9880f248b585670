@testable import ArchivePlugin
import Testing
import TestSupport

/// A truncated bundle's missing entries are kept packed and named only when the report is written;
/// what is named must be what the detailed pass named when it held a problem per entry.
@Suite("Verify: missing entries kept packed")
struct MissingEntriesTests {
    static let ids = ["0000000000000001", "00000000000000ff", "7fffffffffffffff", "a1b2c3d4e5f60718", "ffffffffffffffff"]

    /// Paths of every form verify meets: packed payload paths, other payload paths, tag files.
    static func paths(_ random: inout SplitMix64) -> [String] {
        var paths: Set<String> = []
        for _ in 0..<(1 + Int(random.next() % 25)) {
            let id = ids[Int(random.next() % UInt64(ids.count))]
            let path: String = switch random.next() % 6 {
            case 0: "data/original/\(id).txt"
            case 1: "data/json/\(id).json"
            case 2: "data/html/\(id).html"
            case 3: "data/original/\(id).toolongext"
            case 4: "data/other/\(id).txt"
            default: "stray.txt"
            }
            paths.insert(path)
        }
        return paths.map(PackedPath.init).sorted(by: PackedPath.precedes).map(\.path)
    }

    @Test(arguments: 0..<30)
    func namesEachMissingEntryOnce(seed: Int) {
        var random = SplitMix64(state: UInt64(seed))
        let all = Self.paths(&random)
        var missing = MissingEntries()
        var expected: [VerifyReport.Problem] = []
        for path in all where random.next() % 2 == 0 {
            let inManifest = random.next() % 3 != 0
            let offset: Int? = inManifest && random.next() % 2 == 0 ? nil : Int(random.next() % 1000)
            missing.append(PackedPath(path), inManifest: inManifest, indexOffset: offset)
            let listedIn = [inManifest ? "the manifest" : nil, offset != nil ? "the index" : nil].compactMap { $0 }
            expected.append(.init(kind: .missingEntry, message: "\(path) is listed in \(listedIn.joined(separator: " and ")) but not in the bundle",
                                  path: path, offset: offset, documentID: VerificationRun.documentID(path)))
        }
        var problems: [VerifyReport.Problem] = []
        missing.forEachProblem { problems.append($0) }
        #expect(problems == expected)
        #expect(missing.count == expected.count)
        for path in all {
            #expect(missing.message(for: path) == expected.first(where: { $0.path == path })?.message, "\(path)")
        }
        #expect(missing.message(for: "data/json/0000000000000002.json") == nil)
    }
}
