import Conversion

/// Output paths that fit the file system: a component longer than `NAME_MAX` (255 bytes) cannot
/// be created, though the input's own name could be (`.json` is a byte longer than `.txt`, and
/// a GBK name grows by half in UTF-8). Such a component is cut at a character and given the
/// first hex digits of its full name's SHA-256, so distinct long names stay distinct.
enum OutputName {
    /// The longest name of one folder entry, in bytes.
    static let maximumBytes = 255

    /// `path` with each too-long component shortened (keeping the last one's extension), and
    /// whether any was.
    static func fitted(_ path: String) -> (path: String, shortened: Bool) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard components.contains(where: { $0.utf8.count > maximumBytes }) else { return (path, false) }
        let fitted = components.enumerated().map { offset, component in
            component.utf8.count > maximumBytes ? shortened(component, keepsExtension: offset == components.count - 1) : String(component)
        }
        return (fitted.joined(separator: "/"), true)
    }

    private static func shortened(_ component: Substring, keepsExtension: Bool) -> String {
        var stem = component, suffix = Substring()
        if keepsExtension, let dot = component.lastIndex(of: "."), component[dot...].utf8.count <= 16 {
            stem = component[..<dot]
            suffix = component[dot...]
        }
        let mark = "~" + SHA256Hex.digest(Array(component.utf8)).prefix(8)
        let room = maximumBytes - mark.utf8.count - suffix.utf8.count
        var kept = Substring(), bytes = 0
        for character in stem {
            bytes += character.utf8.count
            if bytes > room { break }
            kept.append(character)
        }
        return String(kept) + mark + String(suffix)
    }
}
