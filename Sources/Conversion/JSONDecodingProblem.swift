/// A decoding failure (`DecodingError`) in a user's words: where in the JSON it happened, as a
/// path like `blocks[0].rows[1][0]`, and what was expected, in JSON's terms rather than Swift types.
public enum JSONDecodingProblem {
    /// One line describing `error`; other errors as they describe themselves.
    public static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        let (context, what): (DecodingError.Context, String)
        switch decoding {
        case .typeMismatch(let type, let found):
            let actual = found.debugDescription.range(of: " but found ").map { String(found.debugDescription[$0.upperBound...]) }
            let foundText = actual.map { ", found " + $0.replacingOccurrences(of: " instead.", with: "").replacingOccurrences(of: "a dictionary", with: "an object") } ?? ""
            (context, what) = (found, "expected \(jsonKind(type))\(foundText)")
        case .valueNotFound(let type, let found):
            (context, what) = (found, "expected \(jsonKind(type)), found null or nothing")
        case .keyNotFound(let key, let found):
            (context, what) = (found, "missing key \"\(key.stringValue)\"")
        case .dataCorrupted(let found):
            (context, what) = (found, found.debugDescription)
        @unknown default:
            return "\(error)"
        }
        let path = jsonPath(context.codingPath)
        return path.isEmpty ? what : "\(path): \(what)"
    }

    /// `blocks[0].rows[1][0]` for a coding path.
    static func jsonPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// What a Swift type is in JSON: an object, an array, a string, a number, true or false.
    static func jsonKind(_ type: Any.Type) -> String {
        let name = "\(type)"
        if name.hasPrefix("Dictionary") { return "an object" }
        if name.hasPrefix("Array") { return "an array" }
        if name == "String" || name == "Substring" { return "a string" }
        if name == "Bool" { return "true or false" }
        if ["Int", "UInt", "Double", "Float"].contains(where: { name.hasPrefix($0) }) { return "a number" }
        return "a value of the form \(name)"
    }
}
