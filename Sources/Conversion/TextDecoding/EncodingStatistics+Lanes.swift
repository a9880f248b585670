extension EncodingStatistics {
    /// The shortest sample read as two halves side by side.
    static let laneMinimum = 2048

    /// Where `bytes` can be cut in two so that every reading (UTF-8, GB18030, Big5) counts the two
    /// halves exactly as it counts the whole: just after a byte below 0x30 (a line break, a space).
    /// No reading takes such a byte as a trail, so each reads it as a lead, on its own, and the
    /// UTF-8 reading is back at its start state after it; the one sequence that can reach it, a
    /// GB18030 four-byte code whose third byte it is, is one error either way when the first half
    /// is read as complete (JointScanTests and UTF8AutomatonTests check both readings against
    /// one lane). Nil for a sample under `minimum` bytes or without such a byte in its middle half.
    static func laneSplit(_ bytes: UnsafeBufferPointer<UInt8>, minimum: Int) -> Int? {
        let count = bytes.count
        guard count >= minimum, count >= 4 else { return nil }
        let middle = count / 2
        for offset in 0..<(count / 4) {
            if bytes[middle + offset] < 0x30 { return middle + offset + 1 }
            if bytes[middle - offset - 1] < 0x30 { return middle - offset }
        }
        return nil
    }
}
