import Conversion
/// Reads the elements of an index's `documents` array one at a time, on demand.
///
/// The pull-based form of ``IndexScanner/forEachElement(_:)``: verify and extract walk the index
/// beside the bundle's members (both are sorted by id), so neither needs a table of every document.
struct IndexCursor {
    private var scan: ByteScan
    private let bytes: IndexBytes
    /// Documents decoded so far.
    private(set) var number = 0
    private var started = false

    /// A cursor at the first document of `scanner`'s index.
    init(_ scanner: IndexScanner) {
        bytes = scanner.bytes
        scan = ByteScan(bytes: scanner.bytes, position: scanner.documentsRange.lowerBound, end: scanner.documentsRange.upperBound)
    }

    /// The next document and its element's byte range in the index, or nil after the last.
    mutating func next() throws(IndexScanner.Malformed) -> (document: BundleDocument, element: Range<Int>)? {
        if !started {
            started = true
            try scan.skipSpace(allowEnd: true)
        } else {
            try scan.skipSpace(allowEnd: true)
            guard scan.position < scan.end else { return nil }
            try scan.expect(UInt8(ascii: ","))
            try scan.skipSpace()
        }
        guard scan.position < scan.end else { return nil }
        let start = scan.position
        guard try bytes.byte(at: start) == UInt8(ascii: "{") else { throw .init(offset: start, reason: "document \(number) is not an object") }
        try scan.skipValue()
        let element = try bytes.slice(start..<scan.position)
        let document: BundleDocument
        do { document = try IndexElementDecoder.decode(element) } catch {
            throw .init(offset: start, reason: "document \(number) does not decode: \(JSONDecodingProblem.describe(error))")
        }
        if let problem = document.entryProblem() { throw .init(offset: start, reason: "document \(number): \(problem)") }
        number += 1
        return (document, start..<scan.position)
    }
}
