import Foundation

/// Runs work on all cores and hands the results back in input order, holding at most a small
/// window of finished results, so memory stays flat however many inputs there are.
public enum OrderedParallel {
    /// The default number of workers: the machine's active cores.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `transform` for every index in `0..<count` on up to `workers` threads, and `consume`
    /// on the calling thread in index order. At most `window` results wait to be consumed.
    ///
    /// Workers claim runs of indices (a quarter of their share of the window), so that with many
    /// small inputs threads lock and wake each other once per run rather than once per input.
    public static func forEach<Result: Sendable>(
        count: Int, workers: Int = defaultWorkers, window: Int? = nil,
        transform: @escaping @Sendable (Int) -> Result, consume: (Int, Result) -> Void
    ) {
        guard count > 0 else { return }
        let workers = max(1, min(workers, count))
        let window = max(window ?? workers * 2, workers)
        let state = OrderedResults<Result>(window: window, run: max(1, window / (workers * 4)))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let claimed = state.claim(limit: count) {
                    state.deliver(claimed.map { (index: $0, result: transform($0)) })
                }
            }
        }
        for index in 0..<count {
            consume(index, state.take(index))
        }
        group.wait()
    }
}
