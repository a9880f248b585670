import Conversion
import Foundation

/// Reads `index.json` one document at a time.
///
/// A small byte scanner walks the top-level object and finds each element of `documents`; every
/// element is decoded on its own. Memory then grows with the index's bytes and one document, not
/// with Foundation's tree of the whole index (hundreds of MB for tens of thousands of documents).
/// It accepts any JSON whitespace, so it does not depend on how the writer lays the index out.
struct IndexScanner {
    /// Where (byte offset in `index.json`) and why the index does not parse.
    struct Malformed: Error, Equatable {
        var offset: Int
        var reason: String
    }

    let bytes: IndexBytes
    /// The index without its documents.
    let header: BundleIndex
    /// The bytes between the documents array's brackets.
    let documentsRange: Range<Int>

    /// Scans an index held in memory.
    init(_ bytes: [UInt8]) throws(Malformed) {
        try self.init(IndexBytes(bytes))
    }

    /// Finds the documents array and decodes everything else; documents are decoded by ``forEachDocument(_:)``.
    init(_ bytes: IndexBytes) throws(Malformed) {
        self.bytes = bytes
        var scan = ByteScan(bytes: bytes)
        var documents: Range<Int>?
        try scan.skipSpace()
        try scan.expect(UInt8(ascii: "{"))
        try scan.skipSpace()
        if try scan.peek() != UInt8(ascii: "}") {
            while true {
                try scan.skipSpace()
                let keyStart = scan.position
                try scan.skipString()
                let key = try bytes.slice(keyStart..<scan.position)
                try scan.skipSpace()
                try scan.expect(UInt8(ascii: ":"))
                try scan.skipSpace()
                let valueStart = scan.position
                try scan.skipValue()
                if key.elementsEqual(#""documents""#.utf8) {
                    guard documents == nil else { throw Malformed(offset: keyStart, reason: "two \"documents\" keys") }
                    guard try bytes.byte(at: valueStart) == UInt8(ascii: "[") else { throw Malformed(offset: valueStart, reason: "\"documents\" is not an array") }
                    documents = (valueStart + 1)..<(scan.position - 1)
                }
                try scan.skipSpace()
                if try scan.peek() == UInt8(ascii: ",") { scan.position += 1; continue }
                try scan.expect(UInt8(ascii: "}"))
                break
            }
        }
        guard let documents else { throw Malformed(offset: 0, reason: "no \"documents\" array") }
        documentsRange = documents
        // Everything but the documents, decoded with the ordinary Codable rules.
        let frame = try bytes.slice(0..<documents.lowerBound) + bytes.slice(documents.upperBound..<bytes.count)
        do { header = try JSONDecoder().decode(BundleIndex.self, from: Data(frame)) } catch {
            throw Malformed(offset: 0, reason: "the index's fields do not decode: \(JSONDecodingProblem.describe(error))")
        }
        guard header.schema == BundleIndex.schemaIdentifier else {
            throw Malformed(offset: 0, reason: "unknown index schema \(header.schema)")
        }
        for tag in header.tagFiles {
            if let problem = tag.rangeProblem() { throw Malformed(offset: 0, reason: "tag file \(tag.path): \(problem)") }
        }
    }

    /// Decodes the documents in order, handing each to `body`; stops early when `body` returns false.
    func forEachDocument(_ body: (BundleDocument) -> Bool) throws(Malformed) {
        try forEachElement { document, _ in body(document) }
    }

    /// Decodes the documents in order, handing each to `body` with the element's byte range in the
    /// index; stops early when `body` returns false.
    func forEachElement(_ body: (BundleDocument, Range<Int>) -> Bool) throws(Malformed) {
        var cursor = IndexCursor(self)
        while let (document, element) = try cursor.next() {
            guard body(document, element) else { return }
        }
    }

    /// The document with `id`, decoding only the element whose bytes name it (a byte search of
    /// the rest), or nil.
    func document(id: String) throws(Malformed) -> BundleDocument? {
        let needle = Array("\"id\":\"\(id)\"".utf8)
        var scan = ByteScan(bytes: bytes, position: documentsRange.lowerBound, end: documentsRange.upperBound)
        try scan.skipSpace(allowEnd: true)
        while scan.position < scan.end {
            let start = scan.position
            try scan.skipValue()
            let element = try bytes.slice(start..<scan.position)
            if element.firstRange(of: needle) != nil,
               let document = try? IndexElementDecoder.decode(element), document.id == id {
                return document
            }
            try scan.skipSpace(allowEnd: true)
            guard scan.position < scan.end else { break }
            try scan.expect(UInt8(ascii: ","))
            try scan.skipSpace()
        }
        return nil
    }

    /// Every document, in order (the whole index in memory: for tests and small bundles).
    func documents() throws(Malformed) -> [BundleDocument] {
        var all: [BundleDocument] = []
        try forEachDocument { all.append($0); return true }
        return all
    }
}
