import Conversion
import Foundation
import Testing
import TestSupport

/// The syntax checker and Foundation's JSONDecoder agree on what is JSON, over thousands of
/// randomly damaged documents: every input the decoder refuses as "not valid JSON" gets a located
/// error, and the checker refuses nothing the decoder reads, except the trailing commas the decoder
/// tolerates and RFC 8259 does not allow.
@Suite("JSON syntax checker agrees with JSONDecoder")
struct JSONSyntaxDifferentialTests {
    /// Any JSON value; decoding fails only where the bytes are not JSON.
    indirect enum Value: Decodable {
        case object([String: Value]), array([Value]), string(String), number(Double), bool(Bool), null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null; return }
            // Only "not this kind" moves on to the next kind; corrupt data is thrown.
            func attempt<T: Decodable>(_ type: T.Type) throws -> T? {
                do { return try container.decode(type) } catch DecodingError.typeMismatch { return nil }
            }
            if let value = try attempt(Bool.self) { self = .bool(value) }
            else if let value = try attempt(Double.self) { self = .number(value) }
            else if let value = try attempt(String.self) { self = .string(value) }
            else if let value = try attempt([Value].self) { self = .array(value) }
            else { self = .object(try container.decode([String: Value].self)) }
        }
    }

    static let seeds = [
        #"{"schema":"gazette.document/1","a":[1,-2.5e3,0,true,false,null],"s":"x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00 中文","o":{},"e":[]}"#,
        "[1.0E+2, -0, 0.5e-3, \"\\u0041\", {\"k\" : [ [ ] ] } ]",
        "\u{FEFF}{\"a\":\"é\"}",
    ]
    static let alphabet: [UInt8] = Array("{}[]:,\"\\/ \t\n\r0123456789-+.eEtrufalsn".utf8)
        + [0x01, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xEF, 0xBB, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x8F, 0x90]

    static func decoderAccepts(_ bytes: [UInt8]) -> Bool {
        do {
            _ = try JSONDecoder().decode(Value.self, from: Data(bytes))
            return true
        } catch DecodingError.dataCorrupted {
            return false
        } catch {
            return true
        }
    }

    /// True when the checker's failure is a comma before a closing bracket.
    static func isTrailingComma(_ bytes: [UInt8], _ failure: JSONSyntaxCheck.Failure) -> Bool {
        guard failure.offset < bytes.count, [UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[failure.offset]) else { return false }
        let before = bytes[..<failure.offset].last { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return before == UInt8(ascii: ",")
    }

    @Test func randomDamage() {
        var random = SplitMix64(state: 20_261_122)
        var refused = 0
        for round in 0..<30_000 {
            var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: if at < bytes.count { bytes.remove(at: at) }
                case 1: bytes.insert(Self.alphabet.randomElement(using: &random)!, at: at)
                case 2: if at < bytes.count { bytes[at] = Self.alphabet.randomElement(using: &random)! }
                default: bytes = Array(bytes.prefix(at))
                }
            }
            let accepted = Self.decoderAccepts(bytes)
            let failure = JSONSyntaxCheck.firstError(in: bytes)
            if !accepted { refused += 1 }
            if accepted, let failure {
                #expect(Self.isTrailingComma(bytes, failure), "checker refuses what JSONDecoder reads: \(failure) in \(bytes)")
            } else if !accepted {
                #expect(failure != nil, "JSONDecoder refuses, checker finds nothing: \(bytes)")
            }
        }
        // Most damage breaks the JSON; the run must have tried many refusals.
        #expect(refused > 20_000)
    }
}
