/// The lines of one role (`data/json/…`, say) of a spooled `manifest-sha256.txt`, read in file
/// order through a bounded buffer.
///
/// The streamed verify keeps one run per role beside the member stream: the payload comes by id
/// with each document's roles together, the manifest sorted by path (each role's lines in id
/// order), so three runs meet the members in step and no table of the manifest is held. Only the
/// canonical line gazette writes is read (64 lowercase hex digits, two spaces, the path, LF); any
/// other line makes ``next()`` throw, and the detailed verify takes over.
struct ManifestRun {
    /// A line that is not in gazette's canonical form.
    struct Irregular: Error {}

    private let file: ScratchFile
    private let prefix: [UInt8]
    private var buffer: [UInt8] = []
    private var start = 0
    private var filePosition = 0
    /// Every line passed so far, of any role.
    private(set) var linesRead = 0

    /// The run of `role`'s lines in `file`.
    init(_ file: ScratchFile, role: BundleMember.Role) {
        self.file = file
        prefix = Array("data/\(role.rawValue)/".utf8)
    }

    /// The next line of this run: its digest and path; nil after the last.
    mutating func next() throws(ManifestRun.Irregular) -> (digest: SHA256Bytes, path: ArraySlice<UInt8>)? {
        while let line = try nextLine() {
            // 64 hex digits, two spaces, a path of at least one byte.
            guard line.count > 66, line[line.startIndex + 64] == 0x20, line[line.startIndex + 65] == 0x20 else { throw Irregular() }
            let path = line[(line.startIndex + 66)...]
            let hex = String(decoding: line[..<(line.startIndex + 64)], as: UTF8.self)
            guard let digest = SHA256Bytes(hex: hex), digest.hex == hex else { throw Irregular() }
            if path.starts(with: prefix) { return (digest, path) }
        }
        return nil
    }

    /// The next line without its LF; nil at the end; throws on an empty or unterminated line.
    private mutating func nextLine() throws(ManifestRun.Irregular) -> ArraySlice<UInt8>? {
        while true {
            if let end = buffer[start...].firstIndex(of: 0x0A) {
                defer { start = end + 1 }
                guard end > start else { throw Irregular() }
                linesRead += 1
                return buffer[start..<end]
            }
            guard filePosition < file.size else {
                if start < buffer.count { throw Irregular() }
                return nil
            }
            let chunk: [UInt8]
            do { chunk = try file.read(at: filePosition, count: min(ScratchFile.chunkSize, file.size - filePosition)) } catch { throw Irregular() }
            filePosition += chunk.count
            buffer.removeFirst(start)
            buffer.append(contentsOf: chunk)
            start = 0
        }
    }
}
