/// Process-wide allocator settings for the archive commands, whose peak RSS is an issue target.
enum ArchiveMemory {
    /// Fixes glibc's mmap threshold, caps its arenas and raises its trim threshold.
    ///
    /// Why: after a large buffer (an inflated index of tens of MB) is freed, glibc raises its mmap
    /// threshold to that size, so later buffers up to 32 MB come from the heaps and stay resident
    /// when freed; with one arena per worker thread the retained space multiplies.
    ///
    /// The trim threshold is raised from 128 KB to 4 MB: each document's buffers grew a worker's
    /// heap and freeing them shrank it again (brk, madvise, then page faults and cross-CPU TLB
    /// flushes on the next document), a quarter of `archive build`'s CPU time. 4 MB a heap is
    /// all that can stay resident beyond what is in use, and peak RSS did not move.
    static func bound() {
        #if os(Linux)
        _ = glibcMallopt(-3 /* M_MMAP_THRESHOLD */, 256 << 10)
        _ = glibcMallopt(-8 /* M_ARENA_MAX */, 2)
        _ = glibcMallopt(-1 /* M_TRIM_THRESHOLD */, 4 << 20)
        #endif
    }
}

#if os(Linux)
/// glibc's `mallopt` (malloc.h is not in the Glibc module).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
