@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

extension HostileBundle {
    /// Copies the bundle at `source` to `target` with its `index.json` text changed by `edit`,
    /// re-compressed, its line in `tagmanifest-sha256.txt` and the footer made right again: only
    /// what `edit` changed is wrong (the lookup table still describes the old index).
    static func rewritingIndex(of source: URL, to target: URL, _ edit: (String) -> String) throws {
        let bytes = [UInt8](try Data(contentsOf: source))
        let reader = try BundleReader(FilePath(source.path))
        let footer = reader.footer
        let bag = try reader.index().bundle
        let index = Array(edit(String(decoding: try reader.indexBytes(), as: UTF8.self)).utf8)
        let tags = try reader.member(footer.tagManifest, limit: 1 << 20, expecting: BundleFormat.tagManifestPath).data
        var lines = try #require(BagTags.parseManifest(tags))
        lines[BundleFormat.indexPath] = SHA256Hex.digest(index)
        func member(_ path: String, _ data: [UInt8]) throws -> [UInt8] {
            var entry = TarHeader.encodeFile(name: bag + "/" + path, size: data.count, mtime: 0)
            entry += data + [UInt8](repeating: 0, count: TarHeader.padding(data.count))
            return try GzipMember.compress(entry)
        }
        var out = Array(bytes[..<footer.index.offset])
        let indexSpan = BundleFooter.Span(offset: out.count, length: 0)
        out += try member(BundleFormat.indexPath, index)
        let lookupSpan = BundleFooter.Span(offset: out.count, length: footer.lookup.length)
        out += bytes[footer.lookup.offset..<(footer.lookup.offset + footer.lookup.length)]
        let tagSpan = BundleFooter.Span(offset: out.count, length: 0)
        out += try member(BundleFormat.tagManifestPath, BagTags.manifest(lines.map { (path: $0.key, sha256: $0.value) }))
        let tagEnd = out.count
        out += bytes[(footer.tagManifest.offset + footer.tagManifest.length)..<(bytes.count - BundleFooter.length)]
        out += BundleFooter(index: .init(offset: indexSpan.offset, length: lookupSpan.offset - indexSpan.offset), lookup: lookupSpan,
                            tagManifest: .init(offset: tagSpan.offset, length: tagEnd - tagSpan.offset)).encoded()
        try Data(out).write(to: target)
    }
}
