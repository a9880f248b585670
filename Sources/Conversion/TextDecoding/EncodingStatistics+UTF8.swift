extension EncodingStatistics {
    /// Counts UTF-8 sequences (one error per maximal ill-formed subpart, as the decoder replaces them).
    ///
    /// A table-driven automaton: one lookup per byte and no data-dependent branches, because on GB
    /// or Big5 input nearly every byte is a would-be lead whose fate the branch predictor cannot
    /// guess (the branchy loop ran at ~160 MB/s and was the costliest part of detection). Each step
    /// waits for the one before it, so a sample of `laneMinimum` bytes or more is read as two halves
    /// side by side (see ``laneSplit(_:minimum:)``), two chains the processor runs at once.
    static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool, laneMinimum: Int = laneMinimum) -> CandidateCounts {
        UTF8Automaton.classes.withUnsafeBufferPointer { classes in
            UTF8Automaton.transitions.withUnsafeBufferPointer { transitions in
                var first = UTF8Lane(bytes, classes: classes, transitions: transitions)
                if let split = laneSplit(bytes, minimum: laneMinimum) {
                    var second = UTF8Lane(UnsafeBufferPointer(rebasing: bytes[split...]), classes: classes, transitions: transitions)
                    first = UTF8Lane(UnsafeBufferPointer(rebasing: bytes[..<split]), classes: classes, transitions: transitions)
                    while first.index < first.bytes.count, second.index < second.bytes.count {
                        first.step()
                        second.step()
                    }
                    while second.index < second.bytes.count { second.step() }
                    while first.index < first.bytes.count { first.step() }
                    // The first half ends after a byte that leaves the automaton at its start state.
                    assert(first.state == UTF8Automaton.accept)
                    first.counts.characters &+= second.counts.characters
                    first.counts.errors &+= second.counts.errors
                    first.counts.frequent &+= second.counts.frequent
                    first.state = second.state
                } else {
                    while first.index < first.bytes.count { first.step() }
                }
                // A sequence cut by the end is an error only where the input really ends.
                if first.state != UTF8Automaton.accept, isComplete { first.counts.errors &+= 1 }
                return first.counts
            }
        }
    }
}
