import Conversion
import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The compact input list: the same files, in the same order, as the walker's array.
@Suite("Input list")
struct InputListTests {
    @Test("a directory walk listed compactly gives back exactly the walker's files")
    func sameAsExpand() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-inputs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["2017/b.txt", "2017/a.txt", "c.txt", "2016/sub/d.txt"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(name.utf8).write(to: url)
        }
        let arguments = [FilePath(root.path), FilePath(root.appendingPathComponent("c.txt").path)]
        let expanded = InputWalker.expand(arguments)
        let listed = InputWalker.list(arguments)
        #expect(expanded.files.count == 5)
        #expect(Array(listed.files) == expanded.files)
        #expect(listed.errors.isEmpty && expanded.errors.isEmpty)
    }

    @Test("a relative path that is not the path's tail is kept as given")
    func relativeNotATail() {
        var list = InputList()
        let files = [InputFile(path: FilePath("/a/b/c.txt"), relativePath: FilePath("b/c.txt")),
                     InputFile(path: FilePath("/x/y.txt"), relativePath: FilePath("other.txt")),
                     InputFile(path: FilePath("z.txt"), relativePath: FilePath("z.txt"))]
        for file in files { list.append(file) }
        #expect(Array(list) == files)
    }

    @Test("a walk follows links to files and reports, without stopping, what it cannot read")
    func linksAndSpecialFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sub = root.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("report".utf8).write(to: root.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("b-link.txt").path, withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("c-dangling.txt").path, withDestinationPath: "nowhere.txt")
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("loop").path, withDestinationPath: "..")
        #expect(mkfifo(root.appendingPathComponent("d-fifo").path, 0o644) == 0)

        let walked = InputWalker.expand([FilePath(root.path)])
        #expect(walked.files.map(\.relativePath.description) == ["a.txt", "b-link.txt"])
        let refusals = walked.errors.map { "\(($0.file ?? "").split(separator: "/").last ?? ""): \($0.message)" }
        #expect(refusals.count == 3)
        #expect(refusals.contains { $0.hasPrefix("c-dangling.txt: symbolic link to nothing") })
        #expect(refusals.contains("loop: symbolic link to a directory: not followed"))
        #expect(refusals.contains("d-fifo: not a regular file (a device, FIFO or socket)"))
        #expect(walked.errors.allSatisfy { $0.code.exitStatus == 66 })
    }

    @Test("a file whose path is past the system's limit is reported, not skipped in silence")
    func pathTooLong() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-deep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // rm, not FileManager: it removes a tree deeper than PATH_MAX.
        defer { _ = try? CommandRunner.shell("rm -rf '\(root.path)'") }
        try Data("near".utf8).write(to: root.appendingPathComponent("near.txt"))
        // Made folder by folder from descriptors: no single path may be that long.
        var folder = open(root.path, O_RDONLY | O_DIRECTORY)
        for _ in 0..<(Int(PATH_MAX) / 11 + 1) {
            #expect(mkdirat(folder, "abcdefghij", 0o755) == 0)
            let next = openat(folder, "abcdefghij", O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = next
        }
        let file = openat(folder, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        close(file)
        close(folder)
        let expanded = InputWalker.expand([FilePath(root.path)])
        #expect(expanded.files.map(\.relativePath.description) == ["near.txt"])
        let error = try #require(expanded.errors.first)
        #expect(expanded.errors.count == 1)
        #expect(error.message.hasPrefix("path too long for the system"), "\(error.message)")
    }

    @Test("a FIFO named on the command line is refused at once, not waited on")
    func fifoArgument() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-fifo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fifo) }
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: GazetteError.self) { try FileIO.read(FilePath(fifo.path)) }
    }
}

/// The folders `mkdir -p` makes for a path, which convert, build and extract all create through.
@Suite("Component prefixes of a path")
struct ComponentPrefixTests {
    @Test(arguments: [
        ("b", ["b"]),
        ("a/b/c", ["a/", "a/b/", "a/b/c"]),
        ("/tmp/x", ["/tmp/", "/tmp/x"]),
        ("a//b/", ["a/", "a//b/"]),
        ("/", ["/"]),
    ])
    func prefixes(path: String, expected: [String]) {
        #expect(FilePath(path).componentPrefixes.map(\.description) == expected)
    }
}
