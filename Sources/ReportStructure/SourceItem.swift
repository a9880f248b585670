import DocumentModel

/// One unit handed to the structure pass: a line of text, or a table a reader already parsed (HTML).
public enum SourceItem: Sendable, Equatable {
    /// One line of decoded text, without its line terminator.
    case line(String)
    /// A table the reader recovered itself, e.g. from HTML `<table>` markup.
    case table(Table)
}
