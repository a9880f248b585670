import Foundation

/// The shared state of `OrderedParallel.forEach`: which indices are claimed, and the finished
/// results waiting in a ring of `window` slots for the consumer.
///
/// One lock and one condition; a thread signals only when the other side is actually waiting
/// for what it just did, since on small inputs the wake-ups, not the work, were the cost.
final class OrderedResults<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [Result?]
    private let window: Int
    private let run: Int
    private var next = 0
    private var consumed = 0
    /// The index the consumer sleeps on, if it sleeps.
    private var awaited: Int?
    private var sleepingWorkers = 0

    /// Holds at most `window` results; workers claim up to `run` indices at a time.
    init(window: Int, run: Int) {
        self.window = window
        self.run = max(1, min(run, window))
        slots = Array(repeating: nil, count: window)
    }

    /// The next indices to work on, waiting while the window is full; nil when all are claimed.
    func claim(limit: Int) -> Range<Int>? {
        condition.lock(); defer { condition.unlock() }
        while next < limit, next - consumed >= window {
            sleepingWorkers += 1
            condition.wait()
            sleepingWorkers -= 1
        }
        guard next < limit else { return nil }
        let start = next
        next = min(limit, start + run, consumed + window)
        return start..<next
    }

    /// Stores finished results (of claimed indices, so their slots are free).
    func deliver(_ results: [(index: Int, result: Result)]) {
        condition.lock(); defer { condition.unlock() }
        for (index, result) in results { slots[index % window] = result }
        if let awaited, results.contains(where: { $0.index == awaited }) { condition.broadcast() }
    }

    /// The result for `index`, waiting until it is delivered; frees its slot.
    func take(_ index: Int) -> Result {
        condition.lock(); defer { condition.unlock() }
        while slots[index % window] == nil {
            awaited = index
            condition.wait()
        }
        awaited = nil
        let result = slots[index % window].take()!
        consumed += 1
        if sleepingWorkers > 0 { condition.broadcast() }
        return result
    }
}
