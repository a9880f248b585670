import Conversion
import Foundation
import Synchronization
import Testing

/// The ordered parallel loop: every index once, results in order, never more than the window ahead.
@Suite("Ordered parallel loop")
struct OrderedParallelTests {
    @Test("order, completeness and the window", arguments: [
        (count: 1, workers: 1, window: nil), (count: 7, workers: 3, window: 2), (count: 1000, workers: 2, window: 64),
        (count: 513, workers: 4, window: 5), (count: 50, workers: 8, window: nil), (count: 200, workers: 2, window: 1),
    ] as [(count: Int, workers: Int, window: Int?)])
    func orderAndWindow(_ case: (count: Int, workers: Int, window: Int?)) {
        let started = Mutex<[Int]>([])
        let window = max(`case`.window ?? `case`.workers * 2, `case`.workers)
        var consumed: [Int] = []
        var aheadViolations = 0
        OrderedParallel.forEach(count: `case`.count, workers: `case`.workers, window: `case`.window, transform: { index in
            started.withLock { $0.append(index) }
            if index % 7 == 0 { usleep(50) }  // uneven work, so runs finish out of order
            return index * 3
        }, consume: { index, result in
            #expect(result == index * 3)
            consumed.append(index)
            // Once index is taken, work may start up to `window` indices past it, no further.
            let furthest = started.withLock { $0.max() ?? 0 }
            if furthest > index + window { aheadViolations += 1 }
        })
        #expect(consumed == Array(0..<`case`.count))
        #expect(started.withLock { $0.sorted() } == Array(0..<`case`.count))
        #expect(aheadViolations == 0)
    }
}
