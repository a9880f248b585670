/// Input files held compactly: every path's bytes in one arena, 16 bytes of bookkeeping a file.
///
/// Why: `archive build` holds its whole list of inputs while it runs. As `[InputFile]` each file is
/// two heap arrays (~190 bytes for a 55-byte path: ~26 MB at ~138,000 files); here it is its path's
/// bytes and an ``Entry``, the relative path being the path's own tail.
public struct InputList: RandomAccessCollection, Sendable {
    /// Where one file's bytes end in the arena, and how long its two paths are.
    private struct Entry: Sendable {
        /// The end of the file's bytes: its path, then its relative path only when that is not
        /// the path's tail (a file argument's name always is; kept general all the same).
        var end: Int
        /// The path's length, from the end of the previous file's bytes.
        var pathLength: UInt32
        /// The relative path's length, back from ``end``.
        var relativeLength: UInt32
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []

    /// An empty list.
    public init() {}

    /// Adds a file at the end.
    public mutating func append(_ file: InputFile) {
        let path = file.path.bytes, relative = file.relativePath.bytes
        arena += path
        if !path.reversed().starts(with: relative.reversed()) { arena += relative }
        entries.append(Entry(end: arena.count, pathLength: UInt32(path.count), relativeLength: UInt32(relative.count)))
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { entries.count }

    /// The file at `position`, its paths copied out of the arena.
    public subscript(position: Int) -> InputFile {
        let entry = entries[position]
        let start = position == 0 ? 0 : entries[position - 1].end
        return InputFile(path: FilePath(bytes: Array(arena[start..<(start + Int(entry.pathLength))])),
                         relativePath: FilePath(bytes: Array(arena[(entry.end - Int(entry.relativeLength))..<entry.end])))
    }
}
