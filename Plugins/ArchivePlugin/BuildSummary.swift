import Conversion
import DocumentModel

/// What `build` did: the bundles written, what went into them and what could not.
public struct BuildSummary: Sendable {
    /// One bundle written.
    public struct Bundle: Sendable {
        /// Where it was written.
        public var path: FilePath
        /// Its year, or nil for the bundle of documents without one.
        public var year: Int?
        /// Documents stored in it.
        public var documents: Int
        /// The bundle file's size in bytes.
        public var bytes: Int
    }

    /// The bundles, by year (unknown last).
    public var bundles: [Bundle] = []
    /// Documents stored (duplicates not counted).
    public var documents = 0
    /// Inputs whose bytes equal an earlier input's, stored once as aliases: (input, id).
    public var duplicates: [(file: String, id: String)] = []
    /// Inputs whose report year could not be determined (they went to the unknown-year bundle).
    public var unknownYear: [String] = []
    /// Inputs that could not be read (not in any bundle) or not converted (kept as original only,
    /// and the message says in which bundle), one line each.
    public var failures: [GazetteError] = []
    /// Bundles not written, one line each: a bundle by that name exists and holds documents the
    /// inputs lack (it is kept; see ``BundleBuilder/Options/replace``), or writing failed.
    public var unwrittenBundles: [GazetteError] = []
    /// Inputs kept as original only because they could not be converted: (input, id, bundle file name).
    public var originalOnly: [(file: String, id: String, bundle: String)] = []
    /// Lines to print as warnings: what `--replace` dropped from a bundle, bundles not rebuilt
    /// that still hold documents now filed under another year.
    public var warnings: [GazetteError] = []
    /// Stored documents whose reader recorded warnings (undecodable bytes, report text left out,
    /// a doubtful encoding): (input, the warnings), for the command to say as `convert` does.
    public var documentWarnings: [(file: String, warnings: [Diagnostic])] = []
    /// Temporary files of a killed earlier build found in the folder and removed.
    public var removedLeftovers: [String] = []
    /// What each document holds: `original`, `json` and, when an HTML writer is registered, `html`.
    public var memberKinds: [String] = []
    /// Bytes of all stored originals.
    public var bytesIn = 0
    /// Bytes of all bundles written.
    public var bytesOut: Int { bundles.reduce(0) { $0 + $1.bytes } }

    /// Records an input kept as original only: a failure line saying so and where, and the entry.
    mutating func keep(_ failure: GazetteError, id: String, year: Int?) {
        let bundle = BundleFormat.bundleName(year: year) + ".tar.gz"
        var line = failure
        // The reader's sentence may end with a full stop; the line goes on after it.
        if line.message.hasSuffix(".") { line.message.removeLast() }
        line.message += "; kept as original only in \(bundle) (document \(id))"
        failures.append(line)
        originalOnly.append((failure.file ?? "", id, bundle))
    }
}
