#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A readers-writer lock that lets many threads change names at once and a cleanup wait for them
/// all, then shut them out for good: what ``InterruptCleanup`` needs, without a batch's workers
/// queueing behind one another for every file they create and rename.
///
/// Writers are preferred, so a cleanup is not starved by workers that always hold a read lock
/// between them.
final class NameChangeGate: @unchecked Sendable {
    private let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)

    init() {
        var attributes = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attributes)
        #if canImport(Glibc)
        pthread_rwlockattr_setkind_np(&attributes, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        #endif
        pthread_rwlock_init(lock, &attributes)
        pthread_rwlockattr_destroy(&attributes)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    /// Runs `body` beside any other changes, never during a cleanup.
    func shared<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// Waits for every change under way and shuts out new ones; nothing opens the gate again
    /// (the process exits after a cleanup).
    func closeForGood() {
        pthread_rwlock_wrlock(lock)
    }
}
