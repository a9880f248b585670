import Foundation

/// Decodes one element of `index.json`'s `documents` array the way gazette writes it, without
/// Foundation's `JSONDecoder`; returns nil for anything else, which the caller then hands to
/// `JSONDecoder`.
///
/// Why: verify, list and extract decode every element, and `JSONDecoder` (a tree per element,
/// then Codable) was ~11% of verify's CPU, all of it before the parallel checks could start.
/// The fast path takes only plain shapes: known keys once each, strings without escapes or
/// control bytes in valid UTF-8, integers of at most 18 digits, `null` for optional fields.
/// Whatever it takes, `JSONDecoder` would decode to the same value (IndexElementDecoderTests
/// checks that on real and mutated elements); everything else (escapes, unknown or repeated
/// keys, other numbers, missing fields, errors) goes to `JSONDecoder`, so its rules and its
/// error messages stay the reference.
struct IndexElementDecoder {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The document in `element`, or nil when it is not in the plain shape.
    static func document(_ element: [UInt8]) -> BundleDocument? {
        element.withUnsafeBufferPointer { buffer in
            var decoder = IndexElementDecoder(buffer)
            guard let document = decoder.document(), decoder.atEnd() else { return nil }
            return document
        }
    }

    /// The document in `element`: by the fast path when it is plain, else by `JSONDecoder`, whose
    /// error is thrown.
    static func decode(_ element: [UInt8]) throws -> BundleDocument {
        if let document = document(element) { return document }
        return try JSONDecoder().decode(BundleDocument.self, from: Data(element))
    }

    // MARK: - The objects

    private mutating func document() -> BundleDocument? {
        var id: String?, title: String??, agency: String??, year: Int??, originalName: String?, originalNameHex: String??
        var sourcePath: String?, format: String??, encoding: String??, conversionError: String??
        var aliases: [BundleAlias]?, members: [BundleMember]?
        let complete = object { key, decoder in
            switch key {
            case "id": return Self.set(&id, decoder.string())
            case "title": return Self.set(&title, decoder.optional { $0.string() })
            case "agency": return Self.set(&agency, decoder.optional { $0.string() })
            case "year": return Self.set(&year, decoder.optional { $0.integer() })
            case "originalName": return Self.set(&originalName, decoder.string())
            case "originalNameHex": return Self.set(&originalNameHex, decoder.optional { $0.string() })
            case "sourcePath": return Self.set(&sourcePath, decoder.string())
            case "format": return Self.set(&format, decoder.optional { $0.string() })
            case "encoding": return Self.set(&encoding, decoder.optional { $0.string() })
            case "conversionError": return Self.set(&conversionError, decoder.optional { $0.string() })
            case "aliases": return Self.set(&aliases, decoder.array { $0.alias() })
            case "members": return Self.set(&members, decoder.array { $0.member() })
            default: return false
            }
        }
        guard complete, let id, let originalName, let sourcePath, let aliases, let members else { return nil }
        return BundleDocument(
            id: id, title: title ?? nil, agency: agency ?? nil, year: year ?? nil, originalName: originalName,
            originalNameHex: originalNameHex ?? nil, sourcePath: sourcePath, format: format ?? nil, encoding: encoding ?? nil,
            conversionError: conversionError ?? nil, aliases: aliases, members: members)
    }

    private mutating func alias() -> BundleAlias? {
        var originalName: String?, originalNameHex: String??, sourcePath: String?
        let complete = object { key, decoder in
            switch key {
            case "originalName": return Self.set(&originalName, decoder.string())
            case "originalNameHex": return Self.set(&originalNameHex, decoder.optional { $0.string() })
            case "sourcePath": return Self.set(&sourcePath, decoder.string())
            default: return false
            }
        }
        guard complete, let originalName, let sourcePath else { return nil }
        return BundleAlias(originalName: originalName, originalNameHex: originalNameHex ?? nil, sourcePath: sourcePath)
    }

    private mutating func member() -> BundleMember? {
        var role: BundleMember.Role?, path: String?, offset: Int?, compressedSize: Int?, size: Int?, sha256: String?
        let complete = object { key, decoder in
            switch key {
            case "role": return Self.set(&role, decoder.string().flatMap(BundleMember.Role.init(rawValue:)))
            case "path": return Self.set(&path, decoder.string())
            case "offset": return Self.set(&offset, decoder.integer())
            case "compressedSize": return Self.set(&compressedSize, decoder.integer())
            case "size": return Self.set(&size, decoder.integer())
            case "sha256": return Self.set(&sha256, decoder.string())
            default: return false
            }
        }
        guard complete, let role, let path, let offset, let compressedSize, let size, let sha256 else { return nil }
        return BundleMember(role: role, path: path, offset: offset, compressedSize: compressedSize, size: size, sha256: sha256)
    }

    /// Stores a field's value; false when the value did not decode or the key came before.
    private static func set<Value>(_ field: inout Value?, _ value: Value?) -> Bool {
        guard field == nil, let value else { return false }
        field = value
        return true
    }
}
