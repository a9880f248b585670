@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// Writes bundles that are well-formed around one hostile entry: valid tag files, index, lookup
/// table, tag manifest and footer, so the refusal under test comes from the entry itself.
struct HostileBundle {
    struct Entry {
        var name: String
        var flag = UInt8(ascii: "0")
        var data: [UInt8] = Array("hostile".utf8)
        /// The size written in the tar header, when it should lie.
        var declaredSize: Int?
        var linkName = ""
        /// Zero bytes inflated after the entry, inside the same member (a gzip bomb).
        var trailingZeros = 0
        /// Listed in the index as the document's original whatever its name, so show reaches it.
        var indexed = false
    }

    /// One thing a tag file, the index or the lookup table gets wrong while every member stays
    /// intact; or one break of the order of `Archive/FORMAT.md` 2.2 (see ``companions(_:)``) with
    /// every digest, size and offset right.
    enum Tweak: String, CaseIterable, CustomTestStringConvertible {
        case none, bagitText, payloadOxum, manifestDigest, manifestExtraLine, manifestForeignLine, manifestCRLF,
             indexDigest, indexSize, lookupRecord, lookupOffsetTopBit, tagManifestDigest, tagManifestExtraLine, tagManifestMissingLine, indexBagName,
             tagFileOrder, memberOrder, documentOrder, entryOrder
        var testDescription: String { rawValue }
    }

    static let bag = "gazette-2020"
    static let id = "00000000000000aa"
    static var originalPath: String { "data/original/\(id).txt" }

    /// Writes the bundle; the index lists one document whose original is `listedSize` bytes with
    /// `listedSHA`, then the tweak's ``companions(_:)``.
    static func write(_ entries: [Entry], listedSize: Int = 7, listedSHA: String = SHA256Hex.digest(Array("hostile".utf8)),
                      footerOverride: ((Int) -> BundleFooter)? = nil, tweak: Tweak = .none, to url: URL) throws {
        var out: [UInt8] = []
        func add(_ bytes: [UInt8]) -> Int { out += bytes; return out.count - bytes.count }
        func file(_ path: String, _ data: [UInt8], role: BundleMember.Role = .tag, stored: Bool = false) throws -> BundleMember {
            var entry = TarHeader.encodeFile(name: bag + "/" + path, size: data.count, mtime: 0)
            entry += data + [UInt8](repeating: 0, count: TarHeader.padding(data.count))
            let gzip = stored ? GzipMember.stored(entry) : try GzipMember.compress(entry)
            return BundleMember(role: role, path: path, offset: add(gzip), compressedSize: gzip.count, size: data.count, sha256: SHA256Hex.digest(data))
        }
        let otherSHA = SHA256Hex.digest(Array("other".utf8))
        let companions = Self.companions(tweak)
        let companionFiles = companions.written.flatMap(\.files)
        var manifest = [(path: originalPath, sha256: tweak == .manifestDigest ? otherSHA : listedSHA)]
        manifest += companionFiles.map { ($0.path, SHA256Hex.digest($0.data)) }
        if tweak == .manifestExtraLine { manifest.append(("data/json/\(id).json", listedSHA)) }
        if tweak == .manifestForeignLine { manifest.append(("data/other/\(id).txt", listedSHA)) }
        var manifestBytes = BagTags.manifest(manifest)
        if tweak == .manifestCRLF { manifestBytes.insert(0x0D, at: manifestBytes.count - 1) }
        let oxum = "\(listedSize + companionFiles.map(\.data.count).reduce(0, +) + (tweak == .payloadOxum ? 1 : 0)).\(1 + companionFiles.count)"
        let bagit = tweak == .bagitText ? Array("BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n".utf8) : BagTags.bagitText
        var leading = [("bagit.txt", bagit), ("bag-info.txt", Array("Payload-Oxum: \(oxum)\n".utf8)), ("manifest-sha256.txt", manifestBytes)]
        // Written, and listed, in the order 2.2 gives, unless the tweak swaps the first two.
        if tweak == .tagFileOrder { leading.swapAt(0, 1) }
        var tags = try leading.map { try file($0.0, $0.1) }
        var original = BundleMember(role: .original, path: originalPath, offset: 0, compressedSize: 0,
                                    size: listedSize + (tweak == .indexSize ? 1 : 0), sha256: tweak == .indexDigest ? otherSHA : listedSHA)
        for entry in entries {
            var header = TarHeader.block(name: Array(entry.name.utf8), size: entry.declaredSize ?? entry.data.count, mtime: 0, flag: entry.flag)
            if !entry.linkName.isEmpty {
                header.replaceSubrange(157..<(157 + entry.linkName.utf8.count), with: Array(entry.linkName.utf8))
                header.replaceSubrange(148..<156, with: repeatElement(UInt8(ascii: " "), count: 8))
                let sum = String(header.reduce(0) { $0 + Int($1) }, radix: 8)
                header.replaceSubrange(148..<156, with: Array((String(repeating: "0", count: 6 - sum.count) + sum).utf8) + [0, 0x20])
            }
            var member = header + entry.data + [UInt8](repeating: 0, count: TarHeader.padding(entry.data.count))
            member += [UInt8](repeating: 0, count: entry.trailingZeros)
            let gzip = try GzipMember.compress(member)
            let offset = add(gzip)
            if entry.indexed || entry.name == bag + "/" + originalPath, original.compressedSize == 0 {
                original.offset = offset
                original.compressedSize = gzip.count
            }
        }
        var written: [BundleDocument] = []
        for companion in companions.written {
            let members = try companion.files.map { try file($0.path, $0.data, role: $0.role) }
            written.append(Self.document(companion.id, members: members))
        }
        let documents = [Self.document(id, members: [original])] + companions.listed.map { written[$0] }
        let index = BundleIndex(bundle: tweak == .indexBagName ? "gazette-2021" : bag, year: 2020, toolVersion: "test", tagFiles: tags, documents: documents)
        let indexMember = try file("index.json", try index.encoded())
        var listed = documents
        if tweak == .lookupRecord { listed[0].members[0].offset += 1 }
        if tweak == .lookupOffsetTopBit { listed[0].members[0].offset = Int.max }
        let lookup = try file("index-lookup.bin", BundleLookup.encode(listed)!, stored: true)
        tags.append(indexMember)
        tags.append(lookup)
        var tagLines = tags.map { (path: $0.path, sha256: $0.sha256) }
        if tweak == .tagManifestDigest { tagLines[1].sha256 = otherSHA }
        if tweak == .tagManifestExtraLine { tagLines.append(("extra.txt", otherSHA)) }
        if tweak == .tagManifestMissingLine { tagLines.removeLast() }
        let tagManifest = try file("tagmanifest-sha256.txt", BagTags.manifest(tagLines))
        _ = add(try GzipMember.compress([UInt8](repeating: 0, count: 1024)))
        let footer = footerOverride?(out.count) ?? BundleFooter(
            index: .init(offset: indexMember.offset, length: indexMember.compressedSize),
            lookup: .init(offset: lookup.offset, length: lookup.compressedSize),
            tagManifest: .init(offset: tagManifest.offset, length: tagManifest.compressedSize))
        _ = add(footer.encoded())
        try Data(out).write(to: url)
    }
}
