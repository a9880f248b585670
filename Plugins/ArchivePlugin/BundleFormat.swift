/// Constants of the bundle format `gazette.bundle/1` (`Archive/FORMAT.md` section 2).
public enum BundleFormat {
    /// The format identifier, also the first bytes of the footer's extra field.
    public static let identifier = "gazette.bundle/1"
    /// The bag's index file at the bag root.
    public static let indexPath = "index.json"
    /// The fixed-width lookup table `show` binary-searches, at the bag root.
    public static let lookupPath = "index-lookup.bin"
    /// The payload manifest.
    public static let manifestPath = "manifest-sha256.txt"
    /// The tag manifest.
    public static let tagManifestPath = "tagmanifest-sha256.txt"
    /// The BagIt declaration.
    public static let bagitPath = "bagit.txt"
    /// The bag metadata.
    public static let bagInfoPath = "bag-info.txt"
    /// The number of hex digits of the SHA-256 used as a document id.
    public static let idLength = 16
    /// The latest entry time a ustar header holds (11 octal digits: 8589934591 s, in 2242), so
    /// the latest SOURCE_DATE_EPOCH a bundle can record.
    public static let latestTime = 0o77777777777
    /// The bundle name for documents whose year is unknown.
    public static let unknownYearName = "gazette-unknown"
    /// The tag files written before the payload, in order (the index lists them as `tagFiles`).
    static let leadingTagPaths = [bagitPath, bagInfoPath, manifestPath]
    /// The tag files written after the payload, in order (the footer locates them).
    static let trailingTagPaths = [indexPath, lookupPath, tagManifestPath]
    /// A document's payload roles in the order its members are written, the index lists them and
    /// its lookup record holds them.
    static let payloadRoles: [BundleMember.Role] = [.original, .json, .html]

    /// The bag directory (and file stem) for a year.
    public static func bundleName(year: Int?) -> String {
        year.map { "gazette-\($0)" } ?? unknownYearName
    }

    /// The original's file extension for a detected format: never taken from the source name.
    public static func originalExtension(format: String) -> String {
        switch format {
        case "text": "txt"
        case "portal-html", "html": "html"
        case "json": "json"
        default: "bin"
        }
    }

    /// The bag-relative path of a member.
    public static func memberPath(role: BundleMember.Role, id: String, originalExtension: String) -> String {
        switch role {
        case .original: "data/original/\(id).\(originalExtension)"
        case .json: "data/json/\(id).json"
        case .html: "data/html/\(id).html"
        case .tag: id
        }
    }
}
