@testable import ArchivePlugin
@testable import Conversion
import Foundation
import Testing
import TestSupport

/// What an interrupt removes: registered files and staging trees, then the folders made for them
/// if empty; nothing unregistered, nothing a link points to; and which scratch files have a name.
@Suite("InterruptCleanup")
struct InterruptCleanupTests {
    private func exists(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil
    }

    private func path(_ url: URL) -> FilePath { FilePath(bytes: Array(url.path.utf8)) }

    @Test func removesWhatIsRegisteredAndNothingElse() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let cleanup = InterruptCleanup()
        // Folders made for a target (empty-folder kind), holding a staging tree (tree kind).
        let made = root.path("made"), target = root.path("made/target")
        #expect(try cleanup.makeFolder(path(made), registering: .emptyFolder))
        #expect(try cleanup.makeFolder(path(target), registering: .emptyFolder))
        let staging = target.appendingPathComponent(".bag.partial-1")
        #expect(try cleanup.makeFolder(path(staging), registering: .tree))
        try root.write("made/target/.bag.partial-1/data/original/a.txt", [1])
        try root.write("made/target/.bag.partial-1/.entry-2", [2])
        let outside = try root.write("outside/keep.txt", [3])
        try FileManager.default.createSymbolicLink(at: staging.appendingPathComponent("data/link"), withDestinationURL: root.path("outside"))
        // A registered file, a file registered then forgotten, and a folder that is not empty.
        let temporary = try root.write("made/.bundle.tmp", [4])
        try cleanup.change(registering: (path(temporary), .file)) {}
        let committed = try root.write("committed.tar.gz", [5])
        try cleanup.change(registering: (path(committed), .file)) {}
        cleanup.forget(path(committed))
        let busy = root.path("busy")
        #expect(try cleanup.makeFolder(path(busy), registering: .emptyFolder))
        try root.write("busy/someone-elses.txt", [6])
        #expect(try !cleanup.makeFolder(path(busy), registering: .emptyFolder), "an existing folder is not made again")

        cleanup.removeRegistered()
        #expect(!exists(made), "the staging tree, the temporary file and then the folders made for them are gone")
        #expect(exists(outside) && exists(committed) && exists(root.path("busy/someone-elses.txt")))
        #expect(!cleanup.isRegistered(path(busy)), "everything is forgotten once removed")
    }

    @Test func unlinkedScratchFilesHaveNoNameAndTemporaryOnesAreRegisteredUntilCommitted() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let spool = try ScratchFile(path(root.path("spool")), naming: .unlinked)
        try spool.append([1, 2, 3])
        #expect(!exists(root.path("spool")), "the name goes at once")
        #expect(try spool.read(at: 1, count: 2) == [2, 3], "the data stays readable through the descriptor")

        let output = path(root.path("bundle.tmp"))
        var dropped: ScratchFile? = try ScratchFile(output, naming: .removedOnInterrupt)
        #expect(InterruptCleanup.shared.isRegistered(output))
        dropped = nil
        #expect(!InterruptCleanup.shared.isRegistered(output) && !exists(root.path("bundle.tmp")), "deinit removes and forgets it")
        _ = dropped

        let kept = try ScratchFile(output, naming: .removedOnInterrupt)
        try kept.append([4])
        try kept.commit(to: path(root.path("bundle.tar.gz")), sync: false)
        #expect(!InterruptCleanup.shared.isRegistered(output))
        #expect(try Data(contentsOf: root.path("bundle.tar.gz")) == Data([4]))
    }
}
