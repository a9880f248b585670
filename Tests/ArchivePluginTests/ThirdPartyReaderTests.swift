@testable import ArchivePlugin
import Conversion
import Foundation
import Testing
import TestSupport

/// The bundle must read as an ordinary tar.gz and an ordinary BagIt bag with other people's tools.
@Suite("Third-party readers: gzip, tar, Python tarfile, sha256sum, bagit-python")
struct ThirdPartyReaderTests {
    /// A Python with the `bagit` module: `GAZETTE_PYTHON` (CI's venv) or `python3` on the usual paths.
    static let bagitPython: String? = {
        let environment = ProcessInfo.processInfo.environment["GAZETTE_PYTHON"]
        for python in [environment, "/usr/bin/python3", "/usr/local/bin/python3"].compactMap({ $0 }) {
            if FileManager.default.isExecutableFile(atPath: python),
               let outcome = try? Program.run(python, ["-c", "import bagit"]), outcome.status == 0 { return python }
        }
        return nil
    }()
    static let python: String? = Program.find([ProcessInfo.processInfo.environment["GAZETTE_PYTHON"] ?? "", "/usr/bin/python3", "/usr/local/bin/python3"])

    static func built() throws -> ArchiveFixture {
        let fixture = try ArchiveFixture()
        try fixture.build()
        return fixture
    }

    @Test func gzipTestsEveryMember() throws {
        let fixture = try Self.built()
        defer { withExtendedLifetime(fixture) {} }
        let bundle = fixture.bundle("gazette-2016.tar.gz")
        let outcome = try Program.run("/usr/bin/gzip", ["-t", "-v", bundle.path])
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test func gnuTarListsAndExtractsWithoutWarnings() throws {
        let fixture = try Self.built()
        defer { withExtendedLifetime(fixture) {} }
        let bundle = fixture.bundle("gazette-2016.tar.gz")
        let index = try BundleReader(FilePath(bundle.path)).index()
        let listing = try Program.run("/usr/bin/tar", ["-tzf", bundle.path])
        #expect(listing.status == 0)
        let names = Set(listing.output.split(separator: "\n").map(String.init))
        for member in index.documents.flatMap(\.members) { #expect(names.contains("gazette-2016/" + member.path)) }
        let target = fixture.path("tar-x")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let extraction = try Program.run("/usr/bin/tar", ["-xzf", bundle.path, "-C", target.path])
        #expect(extraction.status == 0 && extraction.output.isEmpty, "tar said: \(extraction.output)")
        let bag = target.appendingPathComponent("gazette-2016")
        for manifest in ["manifest-sha256.txt", "tagmanifest-sha256.txt"] {
            let check = try Program.run("/usr/bin/sha256sum", ["-c", "--strict", manifest], in: bag)
            #expect(check.status == 0, "\(manifest): \(check.output)")
        }
    }

    @Test(.enabled(if: ThirdPartyReaderTests.python != nil, "no python3 found"))
    func pythonTarfileListsEveryEntry() throws {
        let fixture = try Self.built()
        defer { withExtendedLifetime(fixture) {} }
        let bundle = fixture.bundle("gazette-2016.tar.gz")
        let script = "import tarfile,sys\nt=tarfile.open(sys.argv[1],'r:gz')\nfor m in t.getmembers():\n  assert m.isfile()\n  assert len(t.extractfile(m).read())==m.size\n  print(m.name)"
        let outcome = try Program.run(Self.python!, ["-c", script, bundle.path])
        #expect(outcome.status == 0, "\(outcome.output)")
        let entries = outcome.output.split(separator: "\n")
        let index = try BundleReader(FilePath(bundle.path)).index()
        #expect(entries.count == index.documents.flatMap(\.members).count + 6)
    }

    @Test(.enabled(if: ThirdPartyReaderTests.bagitPython != nil,
                   "bagit-python not installed: set GAZETTE_PYTHON to a python with `pip install bagit`"))
    func bagitPythonValidatesTheExtractedBag() throws {
        let fixture = try Self.built()
        defer { withExtendedLifetime(fixture) {} }
        let bundle = fixture.bundle("gazette-2016.tar.gz")
        // GNU tar's extraction is what a repository years from now will have; ours must agree.
        let tarTarget = fixture.path("tar-bagit-x")
        try FileManager.default.createDirectory(at: tarTarget, withIntermediateDirectories: true)
        let extraction = try Program.run("/usr/bin/tar", ["-xzf", bundle.path, "-C", tarTarget.path])
        #expect(extraction.status == 0, "\(extraction.output)")
        let ours = try BundleExtractor().extract(FilePath(bundle.path), into: FilePath(fixture.path("bagit-x").path))
        for bag in [tarTarget.appendingPathComponent("gazette-2016").path, ours.bag.description] {
            let outcome = try Program.run(Self.bagitPython!, ["-m", "bagit", "--validate", bag])
            #expect(outcome.status == 0, "\(bag): \(outcome.output)")
            #expect(outcome.output.contains("is valid"))
        }
    }

    static let schemaPython: String? = [ProcessInfo.processInfo.environment["GAZETTE_PYTHON"], "/usr/bin/python3"].compactMap { $0 }.first {
        FileManager.default.isExecutableFile(atPath: $0) && (try? Program.run($0, ["-c", "import jsonschema"]))?.status == 0
    }

    @Test(.enabled(if: ThirdPartyReaderTests.schemaPython != nil, "jsonschema not installed: set GAZETTE_PYTHON to a python with `pip install jsonschema`"))
    func indexAndVerifyReportMatchTheirPublishedSchemas() throws {
        let fixture = try Self.built()
        defer { withExtendedLifetime(fixture) {} }
        let bundle = FilePath(fixture.bundle("gazette-2016.tar.gz").path)
        let index = fixture.path("index.json"), report = fixture.path("report.json")
        try Data(try BundleReader(bundle).index().encoded()).write(to: index)
        var bytes = [UInt8](try Data(contentsOf: fixture.bundle("gazette-2016.tar.gz")))
        bytes[bytes.count / 3] ^= 2
        let damaged = fixture.path("damaged.tar.gz")
        try Data(bytes).write(to: damaged)
        let verifier = BundleVerifier(toolVersion: "test", time: "2026-01-01T00:00:00Z")
        try Data(try verifier.verify(bundle).encoded() + verifier.verify(FilePath(damaged.path)).encoded()).write(to: report)
        let schemas = Fixtures.packageRoot.appendingPathComponent("Archive/schema")
        let script = Fixtures.packageRoot.appendingPathComponent("scripts/validate-json").path
        for (schema, file) in [("bundle-index.schema.json", index), ("verify-report.schema.json", report)] {
            let outcome = try Program.run(Self.schemaPython!, [script, schemas.appendingPathComponent(schema).path, file.path])
            #expect(outcome.status == 0, "\(schema): \(outcome.output)")
        }
    }

    @Test func bsdtarReadsItWhenInstalled() throws {
        guard let bsdtar = Program.find(["/usr/bin/bsdtar", "/usr/local/bin/bsdtar"]) else { return }
        let fixture = try Self.built()
        defer { withExtendedLifetime(fixture) {} }
        let bundle = fixture.bundle("gazette-2016.tar.gz")
        let outcome = try Program.run(bsdtar, ["-tzf", bundle.path])
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.output.contains("gazette-2016/index.json"))
    }
}
