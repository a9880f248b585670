import Conversion
import DocumentModel
import Foundation

/// Reads Gazette JSON back into the ``Document`` it was written from.
public struct JSONReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    public var identity: ReaderIdentity { ReaderIdentity(name: "JSONReader", version: "1.0.0") }
    public var formats: [Format] { [.json] }
    public var fileExtensions: [String] { ["json"] }
    public var summary: String { "Gazette JSON documents (schema gazette.document/1)" }

    public func sniff(_ sample: InputSample) -> SniffResult {
        // Every input is sniffed by every reader: decide on the first byte before decoding anything.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let body = sample.bytes.starts(with: bom) ? sample.bytes.dropFirst(3) : sample.bytes[...]
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard body.first(where: { !isSpace($0) }) == UInt8(ascii: "{") else { return .no(.json) }
        let head = String(decoding: sample.bytes.prefix(512), as: UTF8.self)
        if head.contains("\"\(Document.schemaIdentifier)\"") {
            return SniffResult(format: .json, confidence: .certain, reason: "schema \(Document.schemaIdentifier)")
        }
        // Another version of the format is still a Gazette document: claimed, so that reading it
        // refuses it by its version instead of a text reader taking its JSON lines for paragraphs.
        if head.contains("\"gazette.document/") {
            return SniffResult(format: .json, confidence: .certain, reason: "a gazette.document schema other than \(Document.schemaIdentifier)")
        }
        return .no(.json, "JSON, but not a Gazette document")
    }

    public func read(_ input: ReaderInput, options: ReadOptions) throws(GazetteError) -> Document {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(input.bytes))
        } catch {
            // JSONDecoder says only "not valid JSON": find where, so the error names the byte.
            if case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty,
               let syntax = JSONSyntaxCheck.firstError(in: input.bytes) {
                throw GazetteError(.malformedInput, "not valid JSON: \(syntax.reason)", file: input.name.description, byteOffset: syntax.offset)
            }
            throw GazetteError(.malformedInput, "not a valid Gazette JSON document: \(JSONDecodingProblem.describe(error))", file: input.name.description)
        }
        // What the schema forbids is refused, not read and written back as it came (without a
        // field the decoder skipped).
        if let key = UnknownKeys.first(in: input.bytes) {
            throw GazetteError(.malformedInput, "not a valid Gazette JSON document: \(key): unknown field (\(Document.schemaIdentifier) has none by that name)",
                               file: input.name.description)
        }
        if let problem = DocumentConstraints.problem(document) {
            throw GazetteError(.malformedInput, "not a valid Gazette JSON document: \(problem)", file: input.name.description)
        }
        return document
    }

}
