@testable import ArchivePlugin
import Conversion
import Foundation
import Testing
import TestSupport

/// Two builds into one folder at once: the second waits for the first and then sees its bundle,
/// so it cannot replace it by one without the first build's documents.
@Suite("bundles folder lock")
struct BundleFolderLockTests {
    private func path(_ url: URL) -> FilePath { FilePath(bytes: Array(url.path.utf8)) }

    @Test func aSecondLockWaitsUntilTheFirstIsReleased() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        try root.write("bundles/keep", [])
        let folder = path(root.path("bundles"))
        var first: BundleFolderLock? = try BundleFolderLock(folder) { Issue.record("the first lock does not wait") }
        let waited = ManagedAtomicFlag()
        let acquired = ManagedAtomicFlag()
        let thread = Thread {
            let second = try? BundleFolderLock(folder) { waited.set() }
            acquired.set()
            _ = second
        }
        thread.start()
        for _ in 0..<200 where !waited.isSet { usleep(5_000) }
        #expect(waited.isSet, "the second lock was told to wait")
        #expect(!acquired.isSet, "and does not hold the folder while the first does")
        first = nil
        for _ in 0..<200 where !acquired.isSet { usleep(5_000) }
        #expect(acquired.isSet, "it gets the lock once the first is released")
        _ = first
    }

    @Test func aFolderThatCannotBeOpenedIsNamed() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        try FileManager.default.createSymbolicLink(atPath: root.path("dangling").path, withDestinationPath: root.path("nothing").path)
        #expect(throws: GazetteError.self) { try BundleFolderLock(path(root.path("dangling"))) {} }
        do { _ = try BundleFolderLock(path(root.path("dangling"))) {} } catch {
            #expect(error.message == "a symbolic link to nothing, not a folder" && error.file == root.path("dangling").path)
        }
    }

    @Test(arguments: [
        (".gazette-2014.tar.gz.tmp-9610-2726473087", true),
        (".gazette-unknown.tar.gz.records-1-2", true),
        (".gazette-2014.tar.gz.tmp-1-2.lookup", true),
        (".gazette-2014.tar.gz.tmp", false),
        (".gazette-2014.tar.gz.tmp-1", false),
        (".gazette-2014.tar.gz.tmp-1-x", false),
        (".gazette-2014.tar.gz.TMP-1-2", false),
        (".gazette-2014.partial-77", false),
        ("gazette-2014.tar.gz", false),
        (".other-2014.tar.gz.tmp-1-2", false),
    ])
    func leftoverNames(name: String, isLeftover: Bool) {
        #expect(BuildLeftovers.isLeftover(Array(name.utf8)) == isLeftover)
    }
}

/// A flag set from one thread and read from another.
private final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
