/// The undecodable sequences a decoder meets: the first ``DecodedText/listedLimit`` in full, the
/// rest only counted, so a damaged file (a report followed by megabytes of binary junk) costs
/// neither memory nor output in proportion to its damage.
struct ProblemList {
    /// The problems kept, in byte order.
    private(set) var listed: [DecodingProblem] = []
    /// Every problem met, listed or not.
    private(set) var count = 0

    /// Records a problem; `problem` is made only when it is listed.
    @inline(__always)
    mutating func append(_ problem: @autoclosure () -> DecodingProblem) {
        count += 1
        if listed.count < DecodedText.listedLimit { listed.append(problem()) }
    }
}
