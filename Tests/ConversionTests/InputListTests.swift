import Conversion
import Foundation
import Testing

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
}
