extension LegacyDecodingOutput {
    /// Appends UTF-8 packed as the generated tables pack it: up to three bytes in memory order in
    /// the low 24 bits, their count in the top 8. Writes four bytes unconditionally (the step
    /// reserve covers it) so that there is no branch on the length.
    @inline(__always)
    mutating func appendPacked(_ packed: UInt32) {
        UnsafeMutableRawPointer(buffer.baseAddress!).storeBytes(of: packed.littleEndian, toByteOffset: count, as: UInt32.self)
        count += Int(packed >> 24)
    }
}
