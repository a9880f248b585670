import Foundation

/// Runs work on all cores and hands the results back in input order, holding at most a small
/// window of finished results, so memory stays flat however many inputs there are.
public enum OrderedParallel {
    /// The default number of workers: the machine's active cores.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `transform` for every index in `0..<count` on up to `workers` threads, and `consume`
    /// on the calling thread in index order. At most `window` results wait to be consumed.
    public static func forEach<Result: Sendable>(
        count: Int, workers: Int = defaultWorkers, window: Int? = nil,
        transform: @escaping @Sendable (Int) -> Result, consume: (Int, Result) -> Void
    ) {
        guard count > 0 else { return }
        let workers = max(1, min(workers, count))
        let state = State<Result>(window: max(window ?? workers * 2, workers))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let index = state.claim(limit: count) {
                    state.deliver(index, transform(index))
                }
            }
        }
        for index in 0..<count {
            consume(index, state.take(index))
        }
        group.wait()
    }

    private final class State<Result: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        private var consumed = 0
        private var results: [Int: Result] = [:]
        private let window: Int

        init(window: Int) { self.window = window }

        /// The next index to work on, waiting while the window is full; nil when all are claimed.
        func claim(limit: Int) -> Int? {
            condition.lock(); defer { condition.unlock() }
            while next < limit, next - consumed >= window { condition.wait() }
            guard next < limit else { return nil }
            next += 1
            return next - 1
        }

        func deliver(_ index: Int, _ result: Result) {
            condition.lock(); defer { condition.unlock() }
            results[index] = result
            condition.broadcast()
        }

        func take(_ index: Int) -> Result {
            condition.lock(); defer { condition.unlock() }
            while results[index] == nil { condition.wait() }
            consumed += 1
            condition.broadcast()
            return results.removeValue(forKey: index)!
        }
    }
}
