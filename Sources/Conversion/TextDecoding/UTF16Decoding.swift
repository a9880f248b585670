/// UTF-16 decoding that reports lone surrogates and a dangling odd byte.
enum UTF16Decoding {
    static func decode(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        var problems = ProblemList()
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var unitOffset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF16.decode(encoded))
                unitOffset += encoded.count
            case .error(let length):
                problems.append(DecodingProblem(
                    byteOffset: bytes.startIndex + unitOffset * 2, length: length * 2,
                    message: "lone UTF-16 surrogate"))
                scalars.append("\u{FFFD}")
                unitOffset += length
            case .emptyInput:
                break loop
            }
        }
        if bytes.count % 2 == 1 {
            problems.append(DecodingProblem(
                byteOffset: bytes.endIndex - 1, length: 1, message: "truncated UTF-16: odd trailing byte"))
            scalars.append("\u{FFFD}")
        }
        return DecodedText(text: String(scalars), problems: problems)
    }
}
