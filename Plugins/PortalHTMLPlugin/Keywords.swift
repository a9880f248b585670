/// Keyword lists as portals write them: separated by commas, semicolons, spaces or 、.
enum Keywords {
    /// The keywords, trimmed, without empties or duplicates, in order.
    static func split(_ text: String) -> [String] {
        let separators: Set<Character> = [",", "，", ";", "；", "、", " ", "\u{3000}", "|", "\t", "\n"]
        var seen: Set<Substring> = []
        return text.split(whereSeparator: { separators.contains($0) })
            .filter { seen.insert($0).inserted }
            .map(String.init)
    }
}
