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
                    first = UTF8Lane(UnsafeBufferPointer(rebasing: bytes[..<split]), classes: classes, transitions: transitions)
                    var second = UTF8Lane(UnsafeBufferPointer(rebasing: bytes[split...]), classes: classes, transitions: transitions)
                    // Stepped side by side, then each to its end; a shared generic driver for this
                    // and the joint scan was not inlined and cost ~4% of convert's instructions.
                    while !first.isDone, !second.isDone {
                        first.step()
                        second.step()
                    }
                    while !first.isDone { first.step() }
                    while !second.isDone { second.step() }
                    // The first half ends after a byte that leaves the automaton at its start state.
                    assert(first.state == UTF8Automaton.accept)
                    first.counts = first.counts + second.counts
                    first.state = second.state
                } else {
                    while !first.isDone { first.step() }
                }
                // A sequence cut by the end is an error only where the input really ends.
                if first.state != UTF8Automaton.accept, isComplete { first.counts.errors &+= 1 }
                return first.counts
            }
        }
    }
}
