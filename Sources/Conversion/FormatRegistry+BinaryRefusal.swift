extension FormatRegistry {
    /// The refusal of a binary input (ZIP, PDF, an image, a NUL byte) decided by `sample`, its
    /// leading bytes, alone; nil when a reader takes it or refuses it for another reason.
    ///
    /// Why: only the binary check looks at nothing but the leading bytes, so it alone can refuse a
    /// large file without reading it whole; any other answer may depend on the encoding detected
    /// over the whole file. `convert` and `archive build` both ask this before reading a file whole.
    public func binaryRefusal(_ sample: InputSample, file: String) -> GazetteError? {
        do {
            _ = try reader(for: sample, file: file)
            return nil
        } catch {
            return error.code == .binaryInput ? error : nil
        }
    }
}
