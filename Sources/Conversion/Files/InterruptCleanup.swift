#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The paths a command must not leave behind if it is interrupted (SIGINT, SIGTERM, SIGHUP): an
/// output's or a bundle's temporary file before its rename, extract's staging folder, the folders
/// extract made for its target. The CLI's signal handler calls ``removeAll(then:)``.
///
/// Every change of name these paths go through (made, renamed away, made inside a registered
/// folder) runs inside a shared gate, which ``removeAll(then:)`` closes for good: it waits for the
/// changes under way, and no name appears after it. So a removal never races a thread making a new
/// name, while the workers of a batch make and rename their outputs side by side; the registry
/// itself is a dictionary behind a lock held only for an insert or a removal.
public final class InterruptCleanup: @unchecked Sendable {
    /// How a registered path is removed.
    public enum Kind: Sendable {
        /// A file: unlinked.
        case file
        /// A folder made by this process and everything in it: removed recursively (links not followed).
        case tree
        /// A folder that may have been empty before: removed only if it is empty.
        case emptyFolder
    }

    /// The registry the whole process shares, and the CLI's signal handler empties.
    public static let shared = InterruptCleanup()

    private let gate = NameChangeGate()
    private let lock = NSLock()
    private var registered: [[UInt8]: Kind] = [:]

    /// Creates an empty registry (the process uses ``shared``; tests make their own).
    public init() {}

    /// Runs `body` under the lock, so that the name it makes, moves or removes cannot change behind
    /// a cleanup's back (once a cleanup has begun, `body` never runs: the process is exiting). With
    /// `registering`, remembers the path as a kind to remove once `body` returned; with
    /// `forgetting`, forgets it.
    public func change<Result, Failure: Error>(registering: (FilePath, Kind)? = nil, forgetting: FilePath? = nil,
                                               _ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        try gate.shared { () throws(Failure) -> Result in
            let result = try body()
            if registering != nil || forgetting != nil {
                lock.lock()
                if let registering { registered[registering.0.bytes] = registering.1 }
                if let forgetting { registered[forgetting.bytes] = nil }
                lock.unlock()
            }
            return result
        }
    }

    /// Makes a folder under the lock, registering it as `kind` if it was made; returns whether it
    /// was made (false: something by that name exists already).
    public func makeFolder(_ path: FilePath, registering kind: Kind?) throws(GazetteError) -> Bool {
        try gate.shared { () throws(GazetteError) -> Bool in
            guard path.withCString({ mkdir($0, 0o755) }) == 0 else {
                guard errno == EEXIST else { throw GazetteError(.outputFailed, "cannot create directory: \(FileIO.errnoText())", file: path.description) }
                return false
            }
            if let kind {
                lock.lock()
                registered[path.bytes] = kind
                lock.unlock()
            }
            return true
        }
    }

    /// Forgets a path that is gone or no longer temporary.
    public func forget(_ path: FilePath) {
        lock.lock()
        registered[path.bytes] = nil
        lock.unlock()
    }

    /// Removes everything registered, then runs `finish` (which exits) with the gate still closed,
    /// so that no other thread makes a name in a removed folder or registers a new file meanwhile.
    public func removeAll(then finish: () -> Never) -> Never {
        gate.closeForGood()
        lock.lock()
        removeRegistered()
        finish()
    }

    /// Removes what is registered and forgets it: files and trees first, then the folders that held
    /// them, deepest first. Call with the lock held.
    func removeRegistered() {
        let paths = registered.sorted { $0.key.count > $1.key.count }
        for (path, kind) in paths where kind != .emptyFolder {
            if kind == .file { _ = FilePath(bytes: path).withCString { unlink($0) } } else { Self.removeTree(FilePath(bytes: path)) }
        }
        for (path, kind) in paths where kind == .emptyFolder {
            _ = FilePath(bytes: path).withCString { rmdir($0) }
        }
        registered = [:]
    }

    /// Whether `path` is registered; for tests.
    public func isRegistered(_ path: FilePath) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return registered[path.bytes] != nil
    }

    /// Removes a folder and everything under it without following links (a link is unlinked as a
    /// name); returns whether the folder is gone.
    @discardableResult
    public static func removeTree(_ folder: FilePath) -> Bool {
        var removed = true
        // Read the folder again until a pass removes nothing: a folder read while it changes may skip names.
        while removed {
            removed = false
            guard let names = FileIO.names(in: folder) else { break }
            for name in names {
                let path = folder.appending(name)
                var info = stat()
                guard path.withCString({ lstat($0, &info) }) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    if removeTree(path) { removed = true }
                } else if path.withCString({ unlink($0) }) == 0 {
                    removed = true
                }
            }
        }
        return folder.withCString { rmdir($0) } == 0
    }
}
