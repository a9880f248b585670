import Foundation
import Testing
import TestSupport

/// `archive build`, `archive extract` and `convert -o` stopped by a signal, as a user's Ctrl-C or a
/// service manager's SIGTERM would: the built binary exits 130 with one error line, and leaves
/// neither scratch files, nor a partial bundle or output, nor a staging folder, nor a target folder it made.
@Suite("build, extract and convert interrupted (end to end)")
struct InterruptCommandTests {
    /// Writes `copies` short reports a year (the shipped originals' first lines, each copy made
    /// distinct by a numbered last line) under `root/name/<year>/`: many small documents, so that
    /// writing the bundles, which costs per document, takes long enough to be interrupted.
    static func corpus(in root: TemporaryDirectory, _ name: String, copies: Int) throws -> URL {
        let source = root.path(name)
        let years = try FileManager.default.contentsOfDirectory(atPath: Fixtures.originals.path).sorted()
        for year in years {
            let folder = Fixtures.originals.appendingPathComponent(year)
            // A name that is not UTF-8 (the 2013 report's) cannot be opened from a String here: skipped.
            guard let original = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .lazy.compactMap({ try? Data(contentsOf: folder.appendingPathComponent($0)) }).first else { continue }
            let bytes = [UInt8](original)
            // About 1.5 KB, cut at a line end so no character is split.
            let end = bytes[1_500...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            for copy in 0..<copies {
                try root.write("\(name)/\(year)/copy-\(copy).txt", Array(bytes[..<end]) + Array("No. \(copy)\n".utf8))
            }
        }
        return source
    }

    /// Polls every 5 ms, for at most 30 s, until `ready` holds or `command` has ended.
    static func wait(for command: BackgroundCommand, until ready: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while command.isRunning, Date() < deadline {
            if ready() { return true }
            usleep(5_000)
        }
        return false
    }

    /// The names in a folder, none if it is missing.
    static func names(in folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }

    @Test func anInterruptedBuildLeavesNoScratchFileAndNoPartialBundle() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let source = try Self.corpus(in: root, "reports", copies: 500)
        let output = root.path("bundles")
        let build = try BackgroundCommand(CommandRunner.gazette, ["archive", "build", source.path, "-o", output.path, "-q"])
        // Interrupted once the first bundle's temporary file exists: every scratch file is open by then.
        let writing = Self.wait(for: build) { Self.names(in: output).contains { $0.contains(".tar.gz.tmp-") } }
        build.send(SIGINT)
        let result = build.wait()
        try #require(writing, "the build ended before it wrote a bundle (status \(result.status)): make the corpus larger")
        #expect(result.status == 130, "\(result.err)")
        #expect(result.err == "gazette: error: interrupted\n")
        let left = Self.names(in: output)
        #expect(left.allSatisfy { !$0.hasPrefix(".") }, "scratch or temporary files left: \(left)")
        #expect(left.allSatisfy { $0.hasPrefix("gazette-") && $0.hasSuffix(".tar.gz") }, "\(left)")
        // The bundles finished before the interrupt are whole.
        for bundle in left where !bundle.hasPrefix(".") {
            let verify = try CommandRunner.gazette(["archive", "verify", "--quick", output.appendingPathComponent(bundle).path])
            #expect(verify.status == 0, "\(bundle): \(verify.out)\(verify.err)")
        }
    }

    @Test func anInterruptedExtractLeavesNoStagingFolderAndNoFolderItMade() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let source = try Self.corpus(in: root, "reports", copies: 160)
        let built = try CommandRunner.gazette(["archive", "build", source.path, "-o", root.path("bundles").path, "--year", "2020", "-q"])
        try #require(built.status == 0, "\(built.err)")
        let target = root.path("out/new")
        let extract = try BackgroundCommand(CommandRunner.gazette, ["archive", "extract", root.path("bundles/gazette-2020.tar.gz").path, "-o", target.path])
        // Interrupted once files are being placed in the staging folder.
        let staging = target.appendingPathComponent(".gazette-2020.partial-\(extract.processIdentifier)/data")
        let writing = Self.wait(for: extract) { FileManager.default.fileExists(atPath: staging.path) }
        extract.send(SIGTERM)
        let result = extract.wait()
        try #require(writing, "the extract ended before it placed a file (status \(result.status)): make the bundle larger")
        #expect(result.status == 143, "\(result.err)")
        #expect(result.err == "gazette: error: interrupted\n")
        #expect(!FileManager.default.fileExists(atPath: root.path("out").path), "the staging folder and the folders made for it are gone: \(Self.names(in: target))")
    }

    @Test func anInterruptedConvertLeavesNoTemporaryOutput() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let source = try Self.corpus(in: root, "reports", copies: 1_500)
        let output = root.path("json")
        let convert = try BackgroundCommand(CommandRunner.gazette, ["convert", source.path, "-o", output.path, "-q"])
        // Outputs mirror the inputs' folders (one a year).
        func files() -> [URL] {
            (FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
                .filter { !$0.hasDirectoryPath }
        }
        let writing = Self.wait(for: convert) { files().count > 20 }
        convert.send(SIGINT)
        let result = convert.wait()
        try #require(writing, "the convert ended before it wrote 20 outputs (status \(result.status)): make the corpus larger")
        #expect(result.status == 130, "\(result.err)")
        #expect(result.err == "gazette: error: interrupted\n")
        let left = files()
        #expect(left.allSatisfy { !$0.lastPathComponent.hasPrefix(".") }, "temporary outputs left: \(left.filter { $0.lastPathComponent.hasPrefix(".") })")
        // What was renamed into place is whole.
        for file in left.prefix(5) {
            #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) is [String: Any], "\(file.path)")
        }
    }

    @Test func aFailedExtractRemovesTheFolderItMade() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let source = try Self.corpus(in: root, "reports", copies: 2)
        #expect(try CommandRunner.gazette(["archive", "build", source.path, "-o", root.path("bundles").path, "--year", "2020", "-q"]).status == 0)
        let bundle = root.path("bundles/gazette-2020.tar.gz")
        var bytes = [UInt8](try Data(contentsOf: bundle))
        bytes[bytes.count / 3] ^= 0x10
        try Data(bytes).write(to: bundle)
        let extract = try CommandRunner.gazette(["archive", "extract", bundle.path, "-o", root.path("out/new").path])
        #expect(extract.status != 0)
        #expect(!FileManager.default.fileExists(atPath: root.path("out").path), "on failure nothing is left behind")
        // A folder that was there before stays.
        try FileManager.default.createDirectory(at: root.path("existing"), withIntermediateDirectories: true)
        #expect(try CommandRunner.gazette(["archive", "extract", bundle.path, "-o", root.path("existing").path]).status != 0)
        #expect(FileManager.default.fileExists(atPath: root.path("existing").path) && Self.names(in: root.path("existing")).isEmpty)
    }
}
