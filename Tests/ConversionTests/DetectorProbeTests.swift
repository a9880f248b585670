import Conversion
import Foundation
import Testing
import TestSupport

@Test(.enabled(if: Fixtures.hasCorpus)) func probe() throws {
    for url in Fixtures.corpusFiles() {
        let bytes = try Fixtures.bytes(url)
        let d = EncodingDetector.detect(bytes[...])
        let s = EncodingStatistics(bytes.prefix(65536), isComplete: true)
        print("PROBE", url.lastPathComponent, d.encoding, d.confidence, d.evidence, s.gb18030, s.big5, s.utf8, d.notes)
    }
}
