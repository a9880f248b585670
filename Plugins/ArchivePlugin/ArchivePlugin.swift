/// PLACEHOLDER: the yearly archive bundle lands with its own issue.
enum ArchivePlugin {}
