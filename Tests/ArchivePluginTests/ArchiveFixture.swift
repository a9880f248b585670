@testable import ArchivePlugin
import Conversion
import Foundation
import JSONPlugin
import TestSupport
import Testing
import TextPlugin

/// A scratch folder holding a copy of the hand-made collection (plus a GBK-named GBK report made
/// at run time, since such names do not belong in git) and the bundles built from it.
final class ArchiveFixture {
    let root: URL
    var collection: URL { root.appendingPathComponent("collection") }
    var bundles: URL { root.appendingPathComponent("bundles") }

    /// The GBK bytes of a small 2016 report and of its GBK file name.
    static let gbkReport = hex("caafc7c5cfe7c8cbc3f1d5feb8ae32303136c4ead5feb8aed0c5cfa2b9abbfaac4eab6c8b1a8b8e60a0ad2bba1a2b8c5caf60ab1bec4eab6c8d6f7b6afb9abbfaad5feb8aed0c5cfa23332ccf5a1a30ab6fea1a2d2c0c9eac7ebb9abbfaac7e9bff60acedea1a30a")
    static let gbkName = hex("caafc7c5cfe732303136c4eab1a82e747874")

    static let registry = FormatRegistry(
        readers: [PlainTextReader(), GBKTextReader(), Big5TextReader(), JSONReader()],
        writers: [JSONWriter()])

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.directory().appendingPathComponent("collection"), to: collection)
        let gbkPath = FilePath(collection.appendingPathComponent("2016").path).appending(Self.gbkName)
        try FileIO.writeAtomically(Self.gbkReport, to: gbkPath)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Builds bundles from `source` (default: the collection) into `output` (default: `bundles`).
    @discardableResult
    func build(_ source: URL? = nil, into output: URL? = nil, year: Int? = nil, epoch: Int = 0) throws -> BuildSummary {
        let files = InputWalker.list([FilePath((source ?? collection).path)]).files
        let options = BundleBuilder.Options(outputDirectory: FilePath((output ?? bundles).path), year: year,
                                            toolVersion: "test", epoch: epoch, workers: 2)
        return try BundleBuilder(registry: Self.registry, options: options).build(files)
    }

    /// Builds the collection twice, into `first` and `second`, and records an issue for each of
    /// `names` whose bytes differ between the two builds.
    func expectTwoIdenticalBuilds(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        try build(into: path("first"))
        try build(into: path("second"))
        for name in names {
            let first = try Data(contentsOf: path("first").appendingPathComponent(name))
            let second = try Data(contentsOf: path("second").appendingPathComponent(name))
            #expect(first == second, "\(name) differs between builds", sourceLocation: sourceLocation)
        }
    }

    /// The path of a built bundle.
    func bundle(_ name: String) -> URL { bundles.appendingPathComponent(name) }

    /// A scratch path inside the fixture.
    func path(_ name: String) -> URL { root.appendingPathComponent(name) }

    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
}

/// Runs a program and captures its exit status and output.
enum Program {
    struct Outcome {
        var status: Int32
        var output: String
    }

    /// The first of `candidates` that exists as an executable.
    static func find(_ candidates: [String]) -> String? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
