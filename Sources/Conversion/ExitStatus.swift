/// The stable process exit statuses of the `gazette` command (also listed in the README).
public enum ExitStatus {
    /// Everything worked.
    public static let success: Int32 = 0
    /// A batch finished, but at least one input failed (each failure was reported on stderr).
    public static let someInputsFailed: Int32 = 1
    /// A bundle was verified and found damaged, missing or extra entries.
    public static let bundleDamaged: Int32 = GazetteError.Code.bundleDamaged.exitStatus
    /// Every status a `GazetteError.Code` can map to, with its meaning, for documentation and tests.
    public static let table: [(status: Int32, meaning: String)] = [
        (0, "success"),
        (1, "a batch finished but some inputs failed; each failure is one line on stderr"),
        (2, "archive verify found damage (damaged, missing or extra entries)"),
        (64, "usage error: bad arguments or options"),
        (65, "bad input data: binary file, unknown or ambiguous format, undecodable bytes under --strict, malformed JSON or bundle, unsafe archive entry, JSON or HTML asked of a document kept as original only"),
        (66, "input not found or unreadable"),
        (70, "internal error (a bug: please report it)"),
        (73, "output could not be written"),
    ]
}
