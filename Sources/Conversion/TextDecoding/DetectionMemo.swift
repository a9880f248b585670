import Synchronization

/// One input's encoding decision, computed once and shared by every text reader that asks.
///
/// The registry asks each text reader to sniff the same sample and then the chosen one reads the
/// input; without this the statistics over the same bytes ran four times per file.
final class DetectionMemo: Sendable {
    private let decision = Mutex<EncodingDecision?>(nil)

    /// The decision, computing it with `detect` the first time.
    func value(_ detect: () -> EncodingDecision) -> EncodingDecision {
        if let known = decision.withLock({ $0 }) { return known }
        let computed = detect()  // outside the lock: a second computation gives the same answer
        decision.withLock { $0 = computed }
        return computed
    }
}
