@testable import Conversion
import Testing

/// The encoding decision is computed once per input and shared with its sample when the sample is the whole input.
@Suite("Encoding decision shared between an input and its sample")
struct DetectionMemoTests {
    static let gbk: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2, 0xB9, 0xAB, 0xBF, 0xAA]  // 政府信息公开

    @Test func wholeInputSampleAgreesWithTheInput() {
        let input = ReaderInput(bytes: Self.gbk, name: SourceName("report.txt"))
        let fromSample = input.sample.encodingDecision
        #expect(fromSample == input.encodingDecision)
        #expect(fromSample.encoding == .gb18030)
        #expect(fromSample == EncodingDetector.detect(Self.gbk[...]))
    }

    @Test func memoComputesOnce() {
        let memo = DetectionMemo()
        var calls = 0
        let decide = { () -> EncodingDecision in
            calls += 1
            return EncodingDetector.detect(Self.gbk[...])
        }
        let first = memo.value(decide)
        let second = memo.value(decide)
        #expect(first == second)
        #expect(calls == 1)
    }

    @Test func largeInputsDecideOverTheirOwnBytes() {
        // Past the sample length the sample ends mid-input: its decision is its own.
        let bytes = Array(repeating: Self.gbk, count: InputSample.maximumLength / Self.gbk.count + 10).flatMap { $0 }
        let input = ReaderInput(bytes: bytes, name: SourceName("big.txt"))
        #expect(!input.sample.isComplete)
        #expect(input.sample.encodingDecision.encoding == .gb18030)
        #expect(input.encodingDecision.encoding == .gb18030)
    }
}
