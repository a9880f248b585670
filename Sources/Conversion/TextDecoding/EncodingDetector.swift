/// Decides the encoding of bytes: BOM, then a declaration unless the bytes contradict it, then statistics.
///
/// PLACEHOLDER statistics until the encoding work lands: valid UTF-8 is UTF-8, anything else GB18030.
public enum EncodingDetector {
    /// Detects the encoding of `bytes` (a sample or the whole input).
    public static func detect(_ bytes: ArraySlice<UInt8>, declared: DeclaredEncoding? = nil) -> EncodingDecision {
        if let bom = ByteOrderMark.detect(bytes) {
            return EncodingDecision(encoding: bom.encoding, confidence: 1, evidence: "BOM", bomLength: bom.length)
        }
        if UTF8Decoding.isValid(bytes) {
            return EncodingDecision(encoding: .utf8, confidence: 0.9, evidence: "statistics (valid UTF-8)")
        }
        return EncodingDecision(encoding: .gb18030, confidence: 0.5, evidence: "statistics (not UTF-8)")
    }
}
