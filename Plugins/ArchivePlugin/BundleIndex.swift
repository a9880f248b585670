import Foundation

/// The bundle's `index.json`: every document with its members' offsets, sizes and digests.
///
/// Schema `gazette.bundle-index/1` (`Archive/schema/bundle-index.schema.json`).
public struct BundleIndex: Codable, Sendable, Equatable {
    /// The schema identifier written into every index.
    public static let schemaIdentifier = "gazette.bundle-index/1"

    /// Always ``schemaIdentifier``; readers refuse other values.
    public var schema: String
    /// The bundle format, `gazette.bundle/1`.
    public var format: String
    /// The bag's top-level directory name, e.g. `gazette-2017`.
    public var bundle: String
    /// The report year of every document, or nil for the bundle of documents without a year.
    public var year: Int?
    /// The program that wrote the bundle.
    public var tool: String
    /// Its version.
    public var toolVersion: String
    /// The tag files written before the index (`bagit.txt`, `bag-info.txt`, `manifest-sha256.txt`).
    public var tagFiles: [BundleMember]
    /// The documents, sorted by id.
    public var documents: [BundleDocument]

    /// Creates an index.
    public init(bundle: String, year: Int?, toolVersion: String, tagFiles: [BundleMember], documents: [BundleDocument]) {
        self.schema = Self.schemaIdentifier
        self.format = BundleFormat.identifier
        self.bundle = bundle
        self.year = year
        self.tool = "gazette"
        self.toolVersion = toolVersion
        self.tagFiles = tagFiles
        self.documents = documents
    }

    /// The JSON bytes: sorted keys, no whitespace, so equal indexes give equal bytes and large
    /// bundles keep a compact index.
    public func encoded() throws -> [UInt8] {
        let pieces = try encodedPieces()
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { out += piece }
        return out
    }

    /// ``encoded()`` in pieces whose concatenation is the index: documents are encoded one at a
    /// time and spliced into the array, the same bytes as encoding the whole index at once, without
    /// the encoder's tree of every document (hundreds of MB for a year of tens of thousands of
    /// reports), and so a writer can size one buffer exactly instead of growing it by doubling.
    func encodedPieces() throws -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        pieces.reserveCapacity(documents.count + 2)
        try forEachEncodedPiece { pieces.append($0) }
        return pieces
    }

    /// Hands ``encoded()`` to `body` piece by piece (the frame, then one document at a time), so a
    /// writer can spool a large index instead of holding all its pieces.
    func forEachEncodedPiece(_ body: ([UInt8]) throws -> Void) throws {
        let encoder = Self.encoder()
        guard let (prefix, suffix) = try frame() else { return try body(Array(try encoder.encode(self)) + [0x0A]) }
        try body(prefix)
        for (position, document) in documents.enumerated() {
            try body((position > 0 ? [UInt8(ascii: ",")] : []) + Array(try encoder.encode(document)))
        }
        try body(suffix)
    }

    /// The encoded index around its documents: everything up to and including `"documents":[`, and
    /// from the closing `]` to the final LF. Between them go the documents, each encoded by
    /// ``encoder()``, separated by commas. Nil if the encoder's output is not laid out as expected.
    func frame() throws -> (prefix: [UInt8], suffix: [UInt8])? {
        var empty = self
        empty.documents = []
        return DocumentsFrame.split(Array(try Self.encoder().encode(empty)))
    }

    /// The encoder of the index and of each of its documents: sorted keys, no whitespace.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Decodes an index, refusing unknown schema versions; documents are decoded one by one
    /// (``IndexScanner``), so only the result, not a JSON tree of the whole index, is held.
    public static func decode(_ bytes: [UInt8]) throws -> BundleIndex {
        let scanner = try IndexScanner(bytes)
        var index = scanner.header
        index.documents = try scanner.documents()
        return index
    }

    /// Every member of every document and every tag file, by bag-relative path.
    public var membersByPath: [String: (member: BundleMember, document: BundleDocument?)] {
        var map: [String: (BundleMember, BundleDocument?)] = [:]
        for tag in tagFiles { map[tag.path] = (tag, nil) }
        for document in documents { for member in document.members { map[member.path] = (member, document) } }
        return map
    }
}

/// One document in the index.
public struct BundleDocument: Codable, Sendable, Equatable {
    /// The ASCII id: the first 16 hex digits of the SHA-256 of the original bytes.
    public var id: String
    /// The report's title, when known.
    public var title: String?
    /// The issuing agency, when known.
    public var agency: String?
    /// The report year, when known.
    public var year: Int?
    /// The original file name, for display (UTF-8, or the GB18030 reading of a legacy name).
    public var originalName: String
    /// The exact bytes of the original name in hex, present only when they are not UTF-8.
    public var originalNameHex: String?
    /// The path the original was read from, relative to the folder given to `build`.
    public var sourcePath: String
    /// The detected source format, e.g. `text` or `portal-html`; absent only for a document kept
    /// as original only when no reader recognised it.
    public var format: String?
    /// The encoding the original was decoded with; absent only for a document kept as original only.
    public var encoding: String?
    /// Why the original could not be converted (one line, as `build` reported it): the document
    /// is kept as its original only, with no JSON or HTML member. Absent for converted documents.
    public var conversionError: String?
    /// Other inputs with the same bytes, stored once under this id.
    public var aliases: [BundleAlias]
    /// The document's members: original, json and (when written) html.
    public var members: [BundleMember]

    /// The member with the given role.
    public func member(_ role: BundleMember.Role) -> BundleMember? { members.first { $0.role == role } }
}

/// Another input whose bytes equal a stored original.
public struct BundleAlias: Codable, Sendable, Equatable {
    /// Its file name, for display.
    public var originalName: String
    /// Its exact name bytes in hex, when not UTF-8.
    public var originalNameHex: String?
    /// Its path relative to the folder given to `build`.
    public var sourcePath: String
}

/// One tar entry of the bundle and the gzip member holding it.
public struct BundleMember: Codable, Sendable, Equatable {
    /// What the member holds.
    public enum Role: String, Codable, Sendable, CaseIterable {
        case original, json, html, tag
    }

    /// What the member holds.
    public var role: Role
    /// The path inside the bag, e.g. `data/json/0123456789abcdef.json`.
    public var path: String
    /// The byte offset of the gzip member in the bundle file.
    public var offset: Int
    /// The gzip member's length in bytes.
    public var compressedSize: Int
    /// The file's size in bytes (the tar entry's data, without header or padding).
    public var size: Int
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
}
