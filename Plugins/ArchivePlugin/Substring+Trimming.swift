extension Substring {
    /// The text without leading and trailing `character`s.
    func trimmingCharacters(_ character: Character) -> Substring {
        drop(while: { $0 == character }).reversed().drop(while: { $0 == character }).reversed().reduce(into: "") { $0.append($1) }[...]
    }
}
