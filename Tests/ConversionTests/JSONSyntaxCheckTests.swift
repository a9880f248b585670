import Conversion
import Testing

/// The syntax checker names the first byte where input stops being JSON, and why.
@Suite("JSON syntax errors located")
struct JSONSyntaxCheckTests {
    /// (what, input, offset expected, reason expected).
    static let cases: [(String, [UInt8], Int, String)] = [
        ("missing comma in an array", bytes(#"{"a":[1 2]}"#), 8, "unexpected '2' (expected ',' or ']')"),
        ("missing comma in an object", bytes(#"{"a":1 "b":2}"#), 7, #"unexpected '"' (expected ',' or '}')"#),
        ("doubled comma in an array", bytes("[1,,2]"), 3, "unexpected ',' (expected a value)"),
        ("doubled comma in an object", bytes(#"{"a":1,,"b":2}"#), 7, "unexpected ',' (expected a string key)"),
        ("trailing comma in an array", bytes("[1,2,]"), 5, "unexpected ']' (expected a value)"),
        ("trailing comma in an object", bytes(#"{"a":1,}"#), 7, "unexpected '}' (expected a string key)"),
        ("missing colon", bytes(#"{"a" 1}"#), 5, "unexpected '1' (expected ':')"),
        ("key not a string", bytes("{a:1}"), 1, "unexpected 'a' (expected a string key or '}')"),
        ("unterminated string", bytes(#"{"a":"abc"#), 5, "unterminated string"),
        ("unterminated string ending in a backslash", bytes(#"["ab\"#), 1, "unterminated string"),
        ("truncated after {", bytes("{"), 1, "unexpected end of input"),
        ("truncated in a key", bytes(#"{"a"#), 1, "unterminated string"),
        ("truncated before a colon", bytes(#"{"a""#), 4, "unexpected end of input"),
        ("truncated after [", bytes(#"{"a":["#), 6, "unexpected end of input"),
        ("truncated after a decimal point", bytes(#"{"a":[1,2."#), 10, "unexpected end of input"),
        ("truncated in an exponent", bytes(#"{"a":[1,2.5e"#), 12, "unexpected end of input"),
        ("truncated in a literal", bytes(#"{"a":[1,2.5e3,tru"#), 17, "unexpected end of input"),
        ("truncated after ]", bytes(#"{"a":[1,2.5e3,true]"#), 19, "unexpected end of input"),
        ("truncated in a UTF-8 sequence", bytes(#"{"a":[1,2.5e3,true],"b":""#) + [0xE4], 24, "unterminated string"),
        ("truncated before the last }", bytes(#"{"a":[1,2.5e3,true],"b":"中""#), 29, "unexpected end of input"),
        ("bad escape", bytes(#"{"a":"x\qy"}"#), 7, #"invalid escape '\q'"#),
        ("bad \\u escape", bytes(#"["\u12G4"]"#), 2, #"invalid \u escape (expected four hex digits)"#),
        ("unpaired high surrogate", bytes(#"["\uD800x"]"#), 2, #"unpaired surrogate in a \u escape"#),
        ("unpaired low surrogate", bytes(#"["a\uDC00"]"#), 3, #"unpaired surrogate in a \u escape"#),
        ("tab in a string", bytes("[\"a\tb\"]"), 3, "control character 0x09 in a string (it must be escaped)"),
        ("newline in a string", bytes("{\"a\":\"abc\n\"}"), 9, "control character 0x0A in a string (it must be escaped)"),
        ("GBK bytes in a string", bytes(#"[""#) + [0xB1, 0xA8] + bytes(#""]"#), 2, "invalid UTF-8 (byte 0xB1)"),
        ("overlong UTF-8", bytes(#"["a"#) + [0xC0, 0xAF] + bytes(#""]"#), 3, "invalid UTF-8 (byte 0xC0)"),
        ("UTF-8 surrogate", bytes(#"["#) + [0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D], 2, "invalid UTF-8 (byte 0xED then 0xA0)"),
        ("leading BOM counts in offsets", [0xEF, 0xBB, 0xBF] + bytes(#"{"a":1,}"#), 10, "unexpected '}' (expected a string key)"),
        ("BOM after whitespace", bytes(" ") + [0xEF, 0xBB, 0xBF] + bytes("{}"), 1, "unexpected byte 0xEF (expected a value)"),
        ("garbage after the document", bytes(#"{"a":1} x"#), 8, "unexpected 'x' after the document"),
        ("second document", bytes("{} {}"), 3, "unexpected '{' after the document"),
        ("empty file", [], 0, "unexpected end of input"),
        ("whitespace only", bytes(" \n\t"), 3, "unexpected end of input"),
        ("leading zero", bytes("[012]"), 1, "number with a leading zero"),
        ("number out of range", bytes("[1, 1e400]"), 4, "number out of range"),
        ("number underflowing to zero", bytes("[1e-400]"), 1, "number out of range"),
        ("bad literal", bytes("[nul,1]"), 1, "invalid literal (expected null)"),
        ("plus sign", bytes("[+1]"), 1, "unexpected '+' (expected a value)"),
    ]

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: cases)
    func located(what: String, input: [UInt8], offset: Int, reason: String) {
        let failure = JSONSyntaxCheck.firstError(in: input)
        #expect(failure == JSONSyntaxCheck.Failure(offset: offset, reason: reason), "\(what)")
    }

    /// Valid JSON, including what sits at the edges of the rules, has no error.
    @Test(arguments: [
        #"{"schema":"gazette.document/1","a":[1,-2.5e3,0,-0,0.5E+2,true,false,null],"o":{},"e":[]}"#,
        "\u{FEFF}{\"a\":\"é\"}",
        #"["\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00 中文"]"#,
        "[\"DEL \u{7F} is not a control character to JSON\"]",
        " [ ] \n",
        "\"just a string\"",
        "5e-324",
        "1.7976931348623157e308",
    ])
    func valid(json: String) {
        #expect(JSONSyntaxCheck.firstError(in: Array(json.utf8)) == nil)
    }

    /// Deep nesting stops at the decoder's limit, in one pass without recursion. (Built here, not
    /// passed as an argument: Swift Testing prints arguments, and this one is a megabyte.)
    @Test func deepNestingIsLocated() {
        let million = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(JSONSyntaxCheck.firstError(in: million) == JSONSyntaxCheck.Failure(offset: 512, reason: "nested deeper than 512 levels"))
        let inObject = Self.bytes(#"{"a":"#) + [UInt8](repeating: UInt8(ascii: "["), count: 600)
        #expect(JSONSyntaxCheck.firstError(in: inObject) == JSONSyntaxCheck.Failure(offset: 516, reason: "nested deeper than 512 levels"))
    }

    @Test func nestingAtTheLimitIsValid() {
        let depth = JSONSyntaxCheck.maximumDepth
        let nested = [UInt8](repeating: UInt8(ascii: "["), count: depth) + [UInt8](repeating: UInt8(ascii: "]"), count: depth)
        #expect(JSONSyntaxCheck.firstError(in: nested) == nil)
    }

    /// JSONDecoder reads UTF-16 and UTF-32 itself: those are not checked as UTF-8.
    @Test func wideEncodingsAreNotChecked() {
        let utf16: [UInt8] = [0xFF, 0xFE] + "[1,]".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(JSONSyntaxCheck.firstError(in: utf16) == nil)
    }
}
