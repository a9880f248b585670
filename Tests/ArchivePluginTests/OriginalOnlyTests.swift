@testable import ArchivePlugin
import Conversion
import Foundation
import Testing
import TestSupport

/// Inputs no reader can convert are kept as original-only documents: nothing given to build is lost.
@Suite("Bundle build: inputs that cannot be converted are kept as original only")
struct OriginalOnlyTests {
    /// A PNG signature followed by a NUL: refused by every reader before sniffing.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
    /// A Gazette JSON document cut short: recognised as `json`, then refused by the JSON reader.
    static let brokenJSON = Array(#"{"schema": "gazette.document/1", "blocks": [{"type": "paragraph", "te"#.utf8)

    /// The fixture's collection plus the two bad inputs: the PNG under `2015/`, the JSON under `misc/`.
    static func fixture() throws -> ArchiveFixture {
        let fixture = try ArchiveFixture()
        try FileIO.writeAtomically(png, to: FilePath(fixture.collection.appendingPathComponent("2015/scan.png").path))
        try FileIO.writeAtomically(brokenJSON, to: FilePath(fixture.collection.appendingPathComponent("misc/broken.json").path))
        return fixture
    }

    static func id(_ bytes: [UInt8]) -> String { String(SHA256Hex.digest(bytes).prefix(16)) }

    @Test func bothAreStoredWithTheirReasonAndNoConversions() throws {
        let fixture = try Self.fixture()
        let summary = try fixture.build()
        #expect(summary.documents == 6)
        #expect(summary.originalOnly.map(\.bundle).sorted() == ["gazette-2015.tar.gz", "gazette-unknown.tar.gz"])
        #expect(summary.failures.count == 2)
        let pngLine = try #require(summary.failures.first { $0.file?.hasSuffix("scan.png") == true })
        #expect(pngLine.description.contains("PNG image signature; kept as original only in gazette-2015.tar.gz (document \(Self.id(Self.png)))"))

        let year = try BundleReader(FilePath(fixture.bundle("gazette-2015.tar.gz").path)).index()
        let scan = try #require(year.documents.first { $0.id == Self.id(Self.png) })
        #expect(scan.members.map(\.path) == ["data/original/\(scan.id).bin"])
        #expect(scan.format == nil && scan.encoding == nil && scan.title == nil)
        #expect(scan.conversionError == "byte 0: binary input: PNG image signature")
        #expect(scan.year == 2015 && scan.sourcePath == "2015/scan.png" && scan.originalName == "scan.png")

        let unknown = try BundleReader(FilePath(fixture.bundle("gazette-unknown.tar.gz").path)).index()
        let broken = try #require(unknown.documents.first { $0.id == Self.id(Self.brokenJSON) })
        #expect(broken.members.map(\.path) == ["data/original/\(broken.id).json"], "the detected format's extension")
        #expect(broken.format == "json" && broken.encoding == nil && broken.year == nil)
        #expect(broken.conversionError?.isEmpty == false)

        let manifest = try Program.run("/usr/bin/tar", ["-xzOf", fixture.bundle("gazette-2015.tar.gz").path, "gazette-2015/manifest-sha256.txt"])
        #expect(manifest.output.contains("\(SHA256Hex.digest(Self.png))  data/original/\(scan.id).bin\n"))
    }

    @Test func verifyShowAndExtractTreatThemAsGood() throws {
        let fixture = try Self.fixture()
        try fixture.build()
        for (name, bytes) in [("gazette-2015.tar.gz", Self.png), ("gazette-unknown.tar.gz", Self.brokenJSON)] {
            let bundle = FilePath(fixture.bundle(name).path)
            let id = Self.id(bytes)
            let report = try BundleVerifier(toolVersion: "test", time: "now").verify(bundle)
            #expect(report.ok, "\(report.problems)")
            #expect(report.documents.allSatisfy { $0.status == .good })
            let reader = try BundleReader(bundle)
            let reason = try #require(try reader.index().documents.first { $0.id == id }?.conversionError)
            #expect(try reader.show(id: id, role: .original) == bytes)
            for role in [BundleMember.Role.json, .html] {
                #expect {
                    try reader.show(id: id, role: role)
                } throws: { error in
                    guard let error = error as? GazetteError else { return false }
                    return error.code == .notConverted && error.file == bundle.description && error.message.contains(id)
                        && error.message.contains("kept as original only") && error.message.contains(reason)
                }
            }
            let extracted = try BundleExtractor().extract(bundle, into: FilePath(fixture.path("out-\(name)").path))
            let ext = name.contains("2015") ? "bin" : "json"
            #expect(try FileIO.read(extracted.bag.appending(Array("data/original/\(id).\(ext)".utf8))) == bytes)
        }
    }

    @Test func buildsStayByteIdentical() throws {
        let fixture = try Self.fixture()
        try fixture.expectTwoIdenticalBuilds(["gazette-2015.tar.gz", "gazette-2016.tar.gz", "gazette-unknown.tar.gz"])
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs Python jsonschema (.ci/run installs it)"))
    func indexesValidateAgainstTheSchema() throws {
        let fixture = try Self.fixture()
        try fixture.build()
        var files: [URL] = []
        for name in ["gazette-2015.tar.gz", "gazette-2016.tar.gz", "gazette-unknown.tar.gz"] {
            let file = fixture.path("\(name).index.json")
            try Data(try BundleReader(FilePath(fixture.bundle(name).path)).indexBytes()).write(to: file)
            files.append(file)
        }
        #expect(try SchemaValidator.errors(schema: "bundle-index.schema.json", files: files) == [])
        // The schema's rule for documents kept as original only is enforced: one without its reason fails.
        let tampered = fixture.path("tampered.json")
        let text = try String(contentsOf: files[0], encoding: .utf8)
        try text.replacingOccurrences(of: #""conversionError":"byte 0: binary input: PNG image signature","#, with: "")
            .write(to: tampered, atomically: true, encoding: .utf8)
        #expect(try SchemaValidator.errors(schema: "bundle-index.schema.json", files: [tampered]) != [])
    }
}
