import DocumentModel

extension KangxiRadicals {
    /// The info line a reader records when it unified `count` radicals; none for 0.
    public static func diagnostics(count: Int) -> [Diagnostic] {
        guard count > 0 else { return [] }
        return [Diagnostic(.info,
            "\(count) Kangxi radical character\(count == 1 ? "" : "s") (U+2F00–U+2FD5, as text extracted from some PDFs has them) read as the ideograph\(count == 1 ? "" : "s") they stand for (⼀ as 一)")]
    }
}
