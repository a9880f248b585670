extension SpooledDocument {
    /// Bytes of one spooled document: its memory layout, the same for every document.
    static let encodedSize = MemoryLayout<SpooledDocument>.size

    /// The document's raw bytes, for a scratch file read back by this same process only (so the
    /// layout need not be portable, and no field-by-field format has to be kept in step).
    var encoded: [UInt8] {
        precondition(_isPOD(SpooledDocument.self), "a spooled document must hold no references")
        return withUnsafeBytes(of: self) { Array($0) }
    }

    /// Reads back bytes made by ``encoded``; nil when they are not ``encodedSize`` long.
    init?(encoded bytes: [UInt8]) {
        guard bytes.count == Self.encodedSize else { return nil }
        self = bytes.withUnsafeBytes { $0.loadUnaligned(as: SpooledDocument.self) }
    }
}
