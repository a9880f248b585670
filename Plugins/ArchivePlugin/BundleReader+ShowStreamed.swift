import Conversion
import Crypto

extension BundleReader {
    /// Checks a member too large to hold, as `show` checks one it holds (its entry's name, size
    /// and SHA-256, the gzip CRC and length), inflating it through a bounded buffer and keeping
    /// nothing of its data but the digest. Errors name the member as show's do.
    func checkStreamed(_ slot: BundleLookup.Slot, role: BundleMember.Role, expected: String, id: String) throws(GazetteError) -> CheckedShow {
        var hasher = SHA256()
        var size = 0
        let entryName: String
        do {
            entryName = try MemberDecoder.stream(file, span: (slot.offset, slot.length), limit: MemberDecoder.limit(forFileSize: slot.size)) { piece in
                hasher.update(bufferPointer: piece)
                size += piece.count
            }
        } catch {
            // Named: 'gzip CRC mismatch' alone does not say which file of the bundle is damaged.
            var named = error
            named.message = "\(role == .original ? expected + "*" : expected): \(error.message)"
            throw named
        }
        let name = Self.bagRelative(entryName) ?? ""
        guard role == .original ? name.hasPrefix(expected) : name == expected else {
            throw GazetteError(.bundleDamaged, "lookup for \(id) leads to \(entryName)", file: path.description, byteOffset: slot.offset)
        }
        guard size == slot.size, SHA256Hex.hex(hasher.finalize()) == slot.sha256 else {
            throw GazetteError(.bundleDamaged, "\(name): SHA-256 mismatch; nothing printed", file: path.description, byteOffset: slot.offset)
        }
        return .streamed(offset: slot.offset, length: slot.length, size: slot.size)
    }
}
