import Foundation
import Testing
import TestSupport

/// The README's main job on the shipped collection, and schema validation of real output.
@Suite("The shipped collection (end to end)")
struct ShippedCollectionTests {
    @Test func convertsEveryShippedOriginalCleanly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try CommandRunner.gazette(["convert", Fixtures.originals.path, "-o", directory.url.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(!result.err.contains("warning"), "\(result.err)")
        let outputs = try FileManager.default.subpathsOfDirectory(atPath: directory.url.path).filter { $0.hasSuffix(".json") }
        #expect(outputs.count == 5)
        for output in outputs {
            let text = try String(contentsOf: directory.url.appendingPathComponent(output), encoding: .utf8)
            #expect(!text.contains("\u{FFFD}"), "\(output) has replacement characters")
            #expect(text.contains("政府信息公开"))
        }
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs Python jsonschema (.ci/run installs it)"))
    func realOutputValidatesAgainstTheShippedSchema() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var inputs = [Fixtures.originals.path]
        if Fixtures.hasCorpus { inputs += Fixtures.corpusFiles().map(\.path) }
        let result = try CommandRunner.gazette(["convert", "--quiet"] + inputs + ["-o", directory.url.path])
        #expect(result.status == 0 || result.status == 1, "\(result.err)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: directory.url.path)
            .filter { $0.hasSuffix(".json") }.map { directory.url.appendingPathComponent($0) }
        #expect(files.count >= 5)
        #expect(try SchemaValidator.errors(schema: "document.schema.json", files: files) == [])
    }
}
