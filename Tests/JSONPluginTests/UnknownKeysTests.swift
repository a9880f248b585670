import Conversion
import DocumentModel
import Foundation
@testable import JSONPlugin
import Testing
import TestSupport

/// A field gazette.document/1 does not have is refused, naming it, rather than dropped in silence
/// by reading the document and writing it back.
@Suite("JSON reader refuses unknown fields")
struct UnknownKeysTests {
    /// (where the field goes, the path the message names).
    static let places: [(String, String)] = [
        ("document", "author"),
        ("metadata", "metadata.author"),
        ("heading", "blocks[0].author"),
        ("cell", "blocks[1].rows[1][0].author"),
        ("provenance", "provenance.author"),
        ("reader", "provenance.reader.author"),
        ("setAside", "provenance.setAside[0].author"),
        ("diagnostic", "provenance.diagnostics[0].author"),
    ]

    @Test(arguments: places)
    func refusedNamingTheField(place: String, path: String) throws {
        var object = DocumentConstraintsTests.valid()
        var provenance = object["provenance"] as! [String: Any]
        provenance["setAside"] = [["text": "x", "reason": "y"]]
        provenance["diagnostics"] = [["severity": "info", "message": "m"]]
        var blocks = object["blocks"] as! [[String: Any]]
        switch place {
        case "document": object["author"] = "x"
        case "metadata": object["metadata"] = (object["metadata"] as! [String: Any]).merging(["author": "x"]) { $1 }
        case "heading": blocks[0]["author"] = "x"
        case "cell": blocks[1]["rows"] = [[["text": "a"]], [["text": "b", "author": "x"]]]
        case "provenance": provenance["author"] = "x"
        case "reader": provenance["reader"] = ["name": "R", "version": "1", "author": "x"]
        case "setAside": provenance["setAside"] = [["text": "x", "reason": "y", "author": "x"]]
        default: provenance["diagnostics"] = [["severity": "info", "message": "m", "author": "x"]]
        }
        object["blocks"] = blocks
        object["provenance"] = provenance
        let error = try #require(throws: GazetteError.self) { try DocumentConstraintsTests.read(object) }
        #expect(error.message == "not a valid Gazette JSON document: \(path): unknown field (gazette.document/1 has none by that name)")
        #expect(error.code == .malformedInput)
    }

    /// The allowed keys are the schema's, object by object.
    @Test func allowedKeysAreTheSchemas() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.packageRoot
            .appendingPathComponent("Archive/schema/document.schema.json"))) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        func keys(_ node: Any?) -> Set<String> { Set(((node as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? []) }
        let provenance = defs["provenance"] as? [String: Any]
        let properties = provenance?["properties"] as? [String: Any]
        let blocks = ((defs["block"] as? [String: Any])?["oneOf"] as? [Any]) ?? []
        let fromSchema: [String: Set<String>] = [
            "document": keys(schema), "metadata": keys(defs["metadata"]), "cell": keys(defs["cell"]),
            "heading": keys(blocks.first), "paragraph": keys(blocks.dropFirst().first), "table": keys(blocks.dropFirst(2).first),
            "list": keys(blocks.dropFirst(3).first), "provenance": keys(provenance), "reader": keys(properties?["reader"]),
            "setAside": keys((properties?["setAside"] as? [String: Any])?["items"]),
            "diagnostic": keys((properties?["diagnostics"] as? [String: Any])?["items"]),
        ]
        #expect(fromSchema == UnknownKeys.allowed)
    }
}
