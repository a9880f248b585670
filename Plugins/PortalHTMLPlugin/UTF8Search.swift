/// Substring search on UTF-8 bytes, without Foundation's locale-aware `NSString` path
/// (which profiling showed to dominate page reading).
enum UTF8Search {
    /// The byte offset of the first (or last) occurrence of `needle` in `haystack`, or nil.
    static func offset(of needle: String, in haystack: String, backwards: Bool = false) -> Int? {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin -> Int? in
                guard !pin.isEmpty, pin.count <= hay.count else { return pin.isEmpty ? 0 : nil }
                let first = pin[0], last = hay.count - pin.count
                var start = backwards ? last : 0
                let step = backwards ? -1 : 1
                outer: while start >= 0 && start <= last {
                    defer { start += step }
                    guard hay[start] == first else { continue }
                    for index in 1..<pin.count where hay[start + index] != pin[index] { continue outer }
                    return start
                }
                return nil
            }
        }
    }

    /// True when `needle` occurs in `haystack`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        offset(of: needle, in: haystack) != nil
    }

    /// True when `haystack` starts with `prefix`, comparing bytes.
    static func hasPrefix(_ haystack: String, _ prefix: String) -> Bool {
        haystack.utf8.starts(with: prefix.utf8)
    }

    /// The text before and after the first (or last) occurrence of `separator`.
    static func split(_ text: String, at separator: String, backwards: Bool = false) -> (head: String, tail: String)? {
        guard let offset = offset(of: separator, in: text, backwards: backwards) else { return nil }
        let bytes = Array(text.utf8)
        return (String(decoding: bytes[..<offset], as: UTF8.self),
                String(decoding: bytes[(offset + separator.utf8.count)...], as: UTF8.self))
    }
}
