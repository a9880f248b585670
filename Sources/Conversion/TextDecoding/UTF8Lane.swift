/// One run of the UTF-8 counting automaton over a buffer, a byte at a time, so that two runs can
/// be interleaved (``EncodingStatistics/scanUTF8(_:isComplete:laneMinimum:)``).
struct UTF8Lane {
    let bytes: UnsafeBufferPointer<UInt8>
    let classes: UnsafeBufferPointer<UInt8>
    let transitions: UnsafeBufferPointer<UInt8>
    var index = 0
    var state = UTF8Automaton.accept
    var counts = CandidateCounts()

    init(_ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>, transitions: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.classes = classes
        self.transitions = transitions
    }

    /// True when every byte has been read.
    var isDone: Bool { index >= bytes.count }

    /// Reads one byte.
    @inline(__always)
    mutating func step() {
        let byte = bytes[index]
        let step = Int(transitions[state << 4 | Int(classes[Int(byte)])])
        state = step & UTF8Automaton.stateMask
        counts.errors &+= step >> UTF8Automaton.errorShift & UTF8Automaton.errorMask
        counts.characters &+= step >> UTF8Automaton.characterShift & 1
        // The scalar is read back from the sequence's three bytes only when one ends
        // (a rolling value kept for every byte cost a fifth of the loop).
        if step & UTF8Automaton.endsThreeByte != 0 {
            let scalar = Int(bytes[index - 2] & 0x0F) << 12 | Int(bytes[index - 1] & 0x3F) << 6 | Int(byte & 0x3F)
            if FrequentCharacters.isFrequent(scalar) { counts.frequent &+= 1 }
        }
        index &+= 1
    }
}
