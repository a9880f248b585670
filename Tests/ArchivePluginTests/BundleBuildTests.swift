@testable import ArchivePlugin
import Conversion
import Foundation
import Testing
import TestSupport

@Suite("Bundle build: layout, years, duplicates, determinism, round trip")
struct BundleBuildTests {
    @Test func buildsOneBundlePerYearAndAnUnknownYearBundle() throws {
        let fixture = try ArchiveFixture()
        let summary = try fixture.build()
        #expect(summary.failures.isEmpty)
        #expect(summary.bundles.map(\.year) == [2015, 2016, nil])
        #expect(summary.documents == 4)
        #expect(summary.duplicates.count == 1)
        #expect(summary.unknownYear.count == 1)
        #expect(summary.unknownYear.first?.hasSuffix("valley-no-year.txt") == true)
        let index = try BundleReader(FilePath(fixture.bundle("gazette-2016.tar.gz").path)).index()
        #expect(index.schema == "gazette.bundle-index/1")
        #expect(index.year == 2016)
        #expect(index.documents.count == 2)
        #expect(index.documents.map(\.id) == index.documents.map(\.id).sorted())
        let gbk = try #require(index.documents.first { $0.originalNameHex != nil })
        #expect(gbk.originalNameHex == SHA256Hex.hex(ArchiveFixture.gbkName))
        #expect(gbk.originalName == SourceName(bytes: ArchiveFixture.gbkName).display)  // "石桥乡2016年报.txt" once GB18030 names decode
        // The index records the name's reading, not the escaped form messages use.
        #expect(gbk.sourcePath == "2016/石桥乡2016年报.txt")
        #expect(gbk.encoding?.lowercased().contains("gb") == true)
        #expect(gbk.member(.original)?.path == "data/original/\(gbk.id).txt")
        #expect(gbk.id == String(SHA256Hex.digest(ArchiveFixture.gbkReport).prefix(16)))
        let hill = try #require(index.documents.first { $0.sourcePath.hasSuffix("hill-county-2016.txt") })
        #expect(hill.aliases.map(\.sourcePath) == ["misc/hill-county-copy.txt"])
    }

    @Test func entriesAreInTheDocumentedOrderWithFixedAttributes() throws {
        let fixture = try ArchiveFixture()
        try fixture.build()
        let listing = try Program.run("/usr/bin/tar", ["--numeric-owner", "-tvzf", fixture.bundle("gazette-2015.tar.gz").path])
        #expect(listing.status == 0)
        let lines = listing.output.split(separator: "\n")
        let names = lines.map { String($0.split(separator: " ").last!) }
        let id = try BundleReader(FilePath(fixture.bundle("gazette-2015.tar.gz").path)).index().documents[0].id
        #expect(names == ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "data/original/\(id).txt", "data/json/\(id).json",
                          "index.json", "index-lookup.bin", "tagmanifest-sha256.txt"].map { "gazette-2015/" + $0 })
        #expect(lines.allSatisfy { $0.hasPrefix("-rw-r--r-- 0/0") && $0.contains("1970-01-01 00:00") })
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let fixture = try ArchiveFixture()
        try fixture.expectTwoIdenticalBuilds(["gazette-2015.tar.gz", "gazette-2016.tar.gz", "gazette-unknown.tar.gz"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.path("first").path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test func sourceDateEpochSetsMtimeAndBaggingDate() throws {
        let fixture = try ArchiveFixture()
        try fixture.build(epoch: 1_700_000_000)
        let listing = try Program.run("/usr/bin/tar", ["-tvzf", fixture.bundle("gazette-2015.tar.gz").path])
        #expect(listing.output.contains("2023-11-14"))
        let info = try Program.run("/usr/bin/tar", ["-xzOf", fixture.bundle("gazette-2015.tar.gz").path, "gazette-2015/bag-info.txt"])
        #expect(info.output.contains("Bagging-Date: 2023-11-14\n"))
        #expect(info.output.contains("Bag-Software-Agent: gazette test\n"))
    }

    @Test func everyOriginalRoundTripsThroughShowAndExtract() throws {
        let fixture = try ArchiveFixture()
        try fixture.build()
        for name in ["gazette-2015.tar.gz", "gazette-2016.tar.gz", "gazette-unknown.tar.gz"] {
            let bundle = FilePath(fixture.bundle(name).path)
            let reader = try BundleReader(bundle)
            let target = fixture.path("out-\(name)")
            let summary = try BundleExtractor().extract(bundle, into: FilePath(target.path))
            for document in try reader.index().documents {
                let source = FilePath(fixture.collection.path).appending(Array(document.sourcePath.utf8))
                let sourcePath = document.originalNameHex == nil ? source
                    : FilePath(fixture.collection.appendingPathComponent("2016").path).appending(ArchiveFixture.gbkName)
                let original = try FileIO.read(sourcePath)
                #expect(try reader.show(id: document.id, role: .original) == original)
                let extracted = summary.bag.appending(Array(document.member(.original)!.path.utf8))
                #expect(try FileIO.read(extracted) == original)
                let json = try reader.show(id: document.id, role: .json)
                #expect(try ArchiveFixture.registry.writer(for: .json).write(
                    ArchiveFixture.registry.read(ReaderInput(bytes: original, name: sourcePath.lastComponent), file: "x").document) == json)
            }
        }
    }

    @Test func yearOptionPutsEverythingInOneBundle() throws {
        let fixture = try ArchiveFixture()
        let summary = try fixture.build(year: 2020)
        #expect(summary.bundles.map(\.year) == [2020])
        #expect(summary.unknownYear.isEmpty)
    }

    @Test(arguments: [("2017/a.txt", 2017), ("x/2013/y/b.txt", 2013), ("1975/c.txt", nil), ("2017.txt", nil), ("20170/d.txt", nil)])
    func yearFromPath(path: String, year: Int?) {
        #expect(BundleBuilder.yearFromPath(FilePath(path)) == year)
    }

    @Test(.enabled(if: Fixtures.hasCorpus)) func seedsBuildVerifyAndRoundTrip() throws {
        let fixture = try ArchiveFixture()
        let summary = try fixture.build(Fixtures.seeds, year: 2000)
        #expect(summary.failures.isEmpty)
        #expect(summary.documents == 5)
        let bundle = FilePath(fixture.bundle("gazette-2000.tar.gz").path)
        let report = try BundleVerifier(toolVersion: "test", time: "now").verify(bundle)
        #expect(report.ok, "\(report.problems)")
        let reader = try BundleReader(bundle)
        for document in try reader.index().documents {
            let original = try Fixtures.bytes(Fixtures.seeds.appendingPathComponent(document.sourcePath))
            #expect(try reader.show(id: document.id, role: .original) == original)
        }
    }
}
