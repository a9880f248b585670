import Conversion
import Foundation
import Testing

/// Decoding failures are told in JSON's terms: a path like `rows[1][0]` and the kind of value expected.
@Suite("JSON decoding problems in words")
struct JSONDecodingProblemTests {
    struct Cell: Decodable { var text: String }
    struct Table: Decodable { var rows: [[Cell]]; var count: Int }

    static func problem(_ json: String) -> String {
        do {
            _ = try JSONDecoder().decode(Table.self, from: Data(json.utf8))
            return "decoded"
        } catch {
            return JSONDecodingProblem.describe(error)
        }
    }

    @Test(arguments: [
        (#"{"rows":[[{"text":"a"}],["x"]],"count":1}"#, "rows[1][0]: expected an object, found a string"),
        (#"{"rows":[[{"text":"a"}],[{}]],"count":1}"#, #"rows[1][0]: missing key "text""#),
        (#"{"rows":[],"count":"1"}"#, "count: expected a number, found a string"),
        (#"{"rows":[],"count":null}"#, "count: expected a number, found null or nothing"),
        (#"{"rows":{},"count":1}"#, "rows: expected an array, found an object"),
    ])
    func described(json: String, expected: String) {
        #expect(Self.problem(json) == expected)
    }
}
