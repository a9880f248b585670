import Foundation

/// What `verify` found in one bundle. Schema `gazette.verify-report/1`
/// (`Archive/schema/verify-report.schema.json`).
public struct VerifyReport: Codable, Sendable, Equatable {
    /// The schema identifier.
    public static let schemaIdentifier = "gazette.verify-report/1"

    /// One problem, named as precisely as the damage allows.
    public struct Problem: Codable, Sendable, Equatable {
        /// What kind of problem.
        public enum Kind: String, Codable, Sendable {
            case unreadableBytes, corruptMember, checksumMismatch, sizeMismatch, missingEntry, extraEntry,
                 duplicateEntry, unsafeEntry, badTagFile, indexMismatch, footer, truncated, structure
        }

        /// What kind of problem.
        public var kind: Kind
        /// One line describing it.
        public var message: String
        /// The bag-relative path concerned, when known.
        public var path: String?
        /// The byte offset in the bundle file, when known.
        public var offset: Int?
        /// The document concerned, when known.
        public var documentID: String?
    }

    /// One document's verdict.
    public struct DocumentStatus: Codable, Sendable, Equatable {
        /// Verdicts.
        public enum Status: String, Codable, Sendable {
            /// Every member present, CRCs and SHA-256 match both manifests and the index (or, with
            /// the index unreadable, the lookup table the tag manifest vouches for).
            case good
            /// A member is corrupt, has the wrong digest or size, or is refused.
            case damaged
            /// A member listed in the manifest or index is not in the bundle.
            case missing
            /// Present with good CRCs, but there was nothing left to check its digests against.
            case unverified
        }

        public var id: String
        public var title: String?
        public var originalName: String?
        public var status: Status
        /// The offset of the first damaged or missing member, for damaged documents.
        public var offset: Int?
        /// The problems concerning this document.
        public var problems: [String]
    }

    public var schema = Self.schemaIdentifier
    /// The program and version that verified.
    public var tool = "gazette"
    public var toolVersion: String
    /// When the verification ran, ISO 8601 UTC.
    public var time: String
    /// The bundle file as given.
    public var bundle: String
    /// Its size in bytes.
    public var bytes: Int
    /// True for `--quick`: sizes and structure only, no digests.
    public var quick: Bool
    /// True when nothing is wrong.
    public var ok: Bool
    /// Gzip members read.
    public var members: Int
    /// Every document with its verdict, sorted by id.
    public var documents: [DocumentStatus]
    /// Every problem found: those met in the stream in file order, then those of the whole
    /// bundle, then every missing entry in path order.
    public var problems: [Problem]

    /// The JSON form.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }
}
