extension String {
    /// Makes a String from bytes the caller has produced as valid UTF-8, without validating them again.
    ///
    /// The legacy decoders write only table scalars (never surrogates) and U+FFFD, so their output is
    /// valid by construction; Swift's validating initializers re-checked every byte (~5% of the
    /// instructions of a GBK convert). Debug builds, and so the tests, still check.
    init(knownValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "a decoder produced invalid UTF-8")
        self = String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes)))
    }
}
