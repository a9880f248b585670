@testable import ArchivePlugin
import Conversion
import Foundation
import Testing
import TestSupport

/// A large input no reader can take is streamed into its member, never held; a large one that is
/// converted has each member compressed into a scratch file as it is read. Same records, same files
/// out, the same bundle on every build, readable by gzip and tar. The threshold is lowered so small
/// files take these paths (the end-to-end memory bound is in GazetteCLITests).
@Suite("Bundle build: large files are streamed into their members")
struct StreamedOriginalTests {
    /// The threshold the tests build with: the attachment, the reports and their JSON are over it.
    static let threshold = 200

    /// A ZIP signature then 300 KB of incompressible bytes: more than one read chunk of the
    /// deflater's output, an odd size so the tar padding is not empty.
    static let attachment: [UInt8] = {
        var generator = SplitMix64(state: 0x5EED)
        return [0x50, 0x4B, 0x03, 0x04] + (0..<300_001).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }()

    static let id = String(SHA256Hex.digest(attachment).prefix(16))

    /// The collection plus the attachment under `2016/`.
    static func fixture() throws -> ArchiveFixture {
        let fixture = try ArchiveFixture()
        try FileIO.writeAtomically(attachment, to: FilePath(fixture.collection.appendingPathComponent("2016/attachments.zip").path))
        return fixture
    }

    static func options(_ output: URL, threshold: Int = threshold) -> BundleBuilder.Options {
        var options = BundleBuilder.Options(outputDirectory: FilePath(output.path), toolVersion: "test", workers: 2)
        options.streamingThreshold = threshold
        return options
    }

    static func build(_ fixture: ArchiveFixture, into output: URL, threshold: Int = threshold) throws -> BuildSummary {
        let files = InputWalker.list([FilePath(fixture.collection.path)]).files
        return try BundleBuilder(registry: ArchiveFixture.registry, options: options(output, threshold: threshold)).build(files)
    }

    @Test func theMemberIsSpooledNotHeldAndATextFileIsStillConverted() throws {
        let fixture = try Self.fixture()
        try FileManager.default.createDirectory(at: fixture.bundles, withIntermediateDirectories: true)
        let builder = try BundleBuilder(registry: ArchiveFixture.registry, options: Self.options(fixture.bundles))
        let files = InputWalker.list([FilePath(fixture.collection.path)]).files
        let zip = try #require(files.first { $0.path.description.hasSuffix("attachments.zip") })
        let prepared = try builder.prepare(zip)
        #expect(prepared.members.count == 1)
        guard case .spooled(let file) = try #require(prepared.members.first).gzip else {
            Issue.record("the attachment's member is held in memory")
            return
        }
        #expect(file.size > Self.attachment.count)
        #expect(prepared.record.conversionError == "byte 0: binary input: ZIP archive (or DOCX/XLSX) signature")
        // A report over the threshold is text: read whole and converted, its members spooled.
        let report = try #require(files.first { (try? FileIO.read($0.path).count) ?? 0 > Self.threshold && !$0.path.description.hasSuffix(".zip") })
        let converted = try builder.prepare(report)
        #expect(converted.members.map(\.role) == [.original, .json])
        #expect(converted.members.allSatisfy { if case .spooled = $0.gzip { true } else { false } })
        #expect(converted.members.first?.sha256 == SHA256Hex.digest(try FileIO.read(report.path)))
    }

    @Test(arguments: ["gazette-2015.tar.gz", "gazette-2016.tar.gz"])
    func theRecordsAreTheOnesHeldFilesGiveAndTheFilesComeBackWhole(name: String) throws {
        let fixture = try Self.fixture()
        _ = try Self.build(fixture, into: fixture.path("streamed"))
        _ = try Self.build(fixture, into: fixture.path("held"), threshold: .max)
        let bundle = fixture.path("streamed/" + name)
        let reader = try BundleReader(FilePath(bundle.path)), heldReader = try BundleReader(FilePath(fixture.path("held/" + name).path))
        let streamed = try reader.index(), held = try heldReader.index()
        #expect(streamed.documents.map(\.id) == held.documents.map(\.id))
        for (document, heldDocument) in zip(streamed.documents, held.documents) {
            #expect(document.members.map(\.role) == heldDocument.members.map(\.role))
            var expected = heldDocument
            // Offsets and compressed sizes differ (zlib, not libdeflate); everything else is the same.
            expected.members = zip(expected.members, document.members).map { held, streamed in
                var member = held
                member.offset = streamed.offset
                member.compressedSize = streamed.compressedSize
                return member
            }
            #expect(document == expected)
            for member in document.members {
                #expect(try reader.show(id: document.id, role: member.role) == heldReader.show(id: document.id, role: member.role))
            }
        }
        if name == "gazette-2016.tar.gz" {
            #expect(try reader.show(id: Self.id, role: .original) == Self.attachment)
        }
        #expect(try BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(bundle.path)).ok)
    }

    @Test func twoBuildsAreIdenticalAndGzipAndTarReadThem() throws {
        let fixture = try Self.fixture()
        _ = try Self.build(fixture, into: fixture.path("first"))
        _ = try Self.build(fixture, into: fixture.path("second"))
        let first = fixture.path("first/gazette-2016.tar.gz"), second = fixture.path("second/gazette-2016.tar.gz")
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        let test = try Program.run("/usr/bin/gzip", ["-t", first.path])
        #expect(test.status == 0, "\(test.output)")
        let target = fixture.path("tar-x")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let extraction = try Program.run("/usr/bin/tar", ["-xzf", first.path, "-C", target.path])
        #expect(extraction.status == 0 && extraction.output.isEmpty, "tar said: \(extraction.output)")
        let extracted = try Data(contentsOf: target.appendingPathComponent("gazette-2016/data/original/\(Self.id).bin"))
        #expect(extracted == Data(Self.attachment))
    }

    @Test func aFileThatChangesSizeWhileReadIsRefused() throws {
        let fixture = try Self.fixture()
        let path = FilePath(fixture.collection.appendingPathComponent("2016/attachments.zip").path)
        #expect(throws: GazetteError.self) { try FileIO.forEachChunk(path, chunkSize: 4096, expecting: Self.attachment.count + 1) { _ in } }
        #expect(throws: GazetteError.self) { try FileIO.forEachChunk(path, chunkSize: 4096, expecting: Self.attachment.count - 1) { _ in } }
        var total = 0
        try FileIO.forEachChunk(path, chunkSize: 4096, expecting: Self.attachment.count) { total += $0.count }
        #expect(total == Self.attachment.count)
    }
}
