extension EncodingStatistics {
    /// Counts UTF-8 sequences (one error per maximal ill-formed subpart, as the decoder replaces them).
    ///
    /// A table-driven automaton: one lookup per byte and no data-dependent branches, because on GB
    /// or Big5 input nearly every byte is a would-be lead whose fate the branch predictor cannot
    /// guess (the branchy loop ran at ~160 MB/s and was the costliest part of detection).
    static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
        UTF8Automaton.classes.withUnsafeBufferPointer { classes in
            UTF8Automaton.transitions.withUnsafeBufferPointer { transitions in
                var state = 0, characters = 0, errors = 0, frequent = 0
                let count = bytes.count
                var index = 0
                while index < count {
                    let byte = bytes[index]
                    let step = Int(transitions[state << 4 | Int(classes[Int(byte)])])
                    state = step & UTF8Automaton.stateMask
                    errors &+= step >> UTF8Automaton.errorShift & UTF8Automaton.errorMask
                    characters &+= step >> UTF8Automaton.characterShift & 1
                    // The scalar is read back from the sequence's three bytes only when one ends
                    // (a rolling value kept for every byte cost a fifth of the loop).
                    if step & UTF8Automaton.endsThreeByte != 0 {
                        let scalar = Int(bytes[index - 2] & 0x0F) << 12 | Int(bytes[index - 1] & 0x3F) << 6 | Int(byte & 0x3F)
                        if FrequentCharacters.isFrequent(scalar) { frequent &+= 1 }
                    }
                    index &+= 1
                }
                // A sequence cut by the end is an error only where the input really ends.
                if state != UTF8Automaton.accept, isComplete { errors &+= 1 }
                var counts = CandidateCounts()
                counts.characters = characters
                counts.errors = errors
                counts.frequent = frequent
                return counts
            }
        }
    }
}
