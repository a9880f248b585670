import Conversion

extension ConversionJob {
    /// Every byte of the input at `path`, read only once its leading bytes are known not to be
    /// refused as binary; errors name `name`.
    ///
    /// Why: a 200 MB PDF was read whole (212 MB peak) only to be refused for its first five bytes.
    /// The leading bytes are read first (for most reports, the whole file: then once only), and
    /// ``FormatRegistry/binaryRefusal(_:file:)`` refuses such a file as reading it whole would.
    func readInput(_ path: FilePath, name: String) throws(GazetteError) -> [UInt8] {
        guard explicit == nil else { return try FileIO.read(path) }
        let prefix = try FileIO.readPrefix(path, maximumLength: InputSample.maximumLength)
        if prefix.isWhole { return prefix.bytes }
        let sample = InputSample(bytes: prefix.bytes, fileName: path.lastComponent.display)
        if let refusal = registry.binaryRefusal(sample, file: name) { throw refusal }
        return try FileIO.read(path)
    }
}
