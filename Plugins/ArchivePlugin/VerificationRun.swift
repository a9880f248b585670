import Conversion
import Crypto

/// The state of one verification: what the stream held, and what the tag files and index expect.
final class VerificationRun {
    /// An entry read whole from the stream.
    struct Seen {
        var offset: Int
        var size: Int
        var sha256: String?
    }

    let file: BundleFile
    let quick: Bool
    var members = 0
    var problems: [VerifyReport.Problem] = []
    var seen: [String: Seen] = [:]
    /// Byte ranges that could not be read, with the problem index describing each.
    var damagedRanges: [(range: Range<Int>, problem: Int)] = []
    /// Paths known to be damaged, with the reason.
    var damagedPaths: [String: (reason: String, offset: Int?)] = [:]
    /// Paths expected but absent.
    var missingPaths: [String: String] = [:]
    var captured: [String: [UInt8]] = [:]
    var footer: BundleFooter?
    var footerCandidate: (offset: Int, footer: BundleFooter)?
    var index: BundleIndex?
    var bagName: String?
    var endOfArchive = false

    /// Tag files kept in memory to check them (the payload is only hashed).
    static let capturedPaths: Set<String> = [BundleFormat.bagitPath, BundleFormat.bagInfoPath, BundleFormat.manifestPath,
                                             BundleFormat.tagManifestPath, BundleFormat.lookupPath, BundleFormat.indexPath]
    static let captureLimit = 256 << 20

    init(file: BundleFile, quick: Bool) {
        self.file = file
        self.quick = quick
        let tail = try? file.read(at: max(0, file.size - BundleFooter.length), count: BundleFooter.length)
        footer = tail.flatMap { try? BundleFooter.decode($0, fileSize: file.size) }
    }

    func problem(_ kind: VerifyReport.Problem.Kind, _ message: String, path: String? = nil, offset: Int? = nil, id: String? = nil) {
        problems.append(.init(kind: kind, message: message, path: path, offset: offset, documentID: id ?? path.flatMap(Self.documentID)))
    }

    /// The document id in a payload path (`data/json/<id>.json`), or nil.
    static func documentID(_ path: String) -> String? {
        guard path.hasPrefix("data/"), let slash = path.lastIndex(of: "/") else { return nil }
        let name = path[path.index(after: slash)...]
        return String(name.prefix(while: { $0 != "." }))
    }

    // MARK: - The streaming pass

    func stream() throws(GazetteError) {
        let reader = SequentialReader(file)
        let end = footer == nil ? file.size : file.size - BundleFooter.length
        var current: (path: String, offset: Int, size: Int, hasher: SHA256?, capture: [UInt8]?)?
        var completed: [(String, Seen)] = []
        var completedCaptures: [String: [UInt8]] = [:]
        var tarError: String?
        var memberOffset = 0
        let parser = TarStreamParser(handlers: .init(
            entry: { [unowned self] header, offset throws(TarHeader.ParseError) in
                let path = try self.admit(header, offset: offset)
                let hash = !self.quick || Self.capturedPaths.contains(path)
                current = (path, offset, 0, hash ? SHA256() : nil, Self.capturedPaths.contains(path) ? [] : nil)
            },
            data: { piece in
                guard current != nil else { return }
                current!.size += piece.count
                current!.hasher?.update(bufferPointer: piece)
                if current!.capture != nil, current!.capture!.count + piece.count <= Self.captureLimit { current!.capture!.append(contentsOf: piece) }
            },
            entryEnd: {
                guard let entry = current else { return }
                let digest = entry.hasher.map { SHA256Hex.hex($0.finalize()) }
                completed.append((entry.path, Seen(offset: entry.offset, size: entry.size, sha256: digest)))
                if let capture = entry.capture { completedCaptures[entry.path] = capture }
                current = nil
            }))
        var damageStart: Int?
        var position = 0
        while position < end {
            reader.seek(to: position)
            memberOffset = position
            parser.memberOffset = memberOffset
            completed = []
            completedCaptures = [:]
            tarError = nil
            let outcome = try MemberStream.read(reader, sink: { piece in
                do throws(TarHeader.ParseError) { try parser.feed(piece); return true } catch { tarError = error.message; return false }
            })
            if outcome == .ok {
                members += 1
                if let start = damageStart {
                    damagedRanges[damagedRanges.count - 1].range = start..<memberOffset
                    problems[damagedRanges[damagedRanges.count - 1].problem].message += "; resynchronised at offset \(memberOffset)"
                    damageStart = nil
                }
                for (path, entry) in completed { record(path, entry) }
                // Tag files count only when their member's CRC held.
                captured.merge(completedCaptures) { first, _ in first }
                noteFooter(at: memberOffset, length: reader.position - memberOffset)
                if parser.ended { endOfArchive = true }
                position = reader.position
                continue
            }
            // Damage: describe it once, then look for the next member.
            if damageStart == nil {
                damageStart = memberOffset
                let what = current.map { " (inside \($0.path))" } ?? ""
                let (kind, message) = describe(outcome, tarError: tarError)
                problem(kind, message + what, path: current?.path ?? completed.first?.0, offset: memberOffset)
                damagedRanges.append((memberOffset..<(memberOffset + 1), problems.count - 1))
                if let entry = current { damagedPaths[entry.path] = (message, entry.offset) }
                for (path, entry) in completed { damagedPaths[path] = (message, entry.offset) }
            }
            current = nil
            parser.reset()
            guard let next = try reader.nextSignature(from: memberOffset + 1), next < end else {
                damagedRanges[damagedRanges.count - 1].range = damageStart!..<end
                problems[damagedRanges[damagedRanges.count - 1].problem].message += "; no readable member after it"
                break
            }
            position = next
        }
        if footer == nil, let candidate = footerCandidate {
            footer = candidate.footer
            problem(.footer, "the footer is not at the end of the file: \(file.size - candidate.offset - BundleFooter.length) bytes follow it", offset: candidate.offset + BundleFooter.length)
        } else if footer == nil {
            problem(.footer, "no footer: the bundle is truncated or was not written by gazette", offset: max(0, file.size - BundleFooter.length))
        }
        if !endOfArchive { problem(.structure, "no tar end-of-archive marker") }
    }

    private func describe(_ outcome: MemberStream.Outcome, tarError: String?) -> (VerifyReport.Problem.Kind, String) {
        switch outcome {
        case .badHeader(let why): (.unreadableBytes, "no gzip member here: \(why)")
        case .corrupt(let why): (.corruptMember, "corrupt deflate data: \(why)")
        case .truncated: (.truncated, "gzip member cut short: the file is truncated")
        case .checksumMismatch: (.corruptMember, "gzip CRC mismatch")
        case .overLimit: (.corruptMember, "member inflates without bound")
        case .stopped, .ok: (.structure, "bad tar data: \(tarError ?? "unknown")")
        }
    }

    /// Checks an entry's header; returns its bag-relative path.
    private func admit(_ header: TarHeader, offset: Int) throws(TarHeader.ParseError) -> String {
        let name = String(decoding: header.name, as: UTF8.self)
        if let refusal = EntryPolicy.refusal(header) {
            problem(.unsafeEntry, "\(name): \(refusal)", offset: offset)
        }
        let top = name.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        if bagName == nil { bagName = top }
        // An entry outside the bag keeps its full name, so it is reported as extra, not as a duplicate.
        guard top == bagName else { return name }
        return BundleReader.bagRelative(name) ?? name
    }

    private func record(_ path: String, _ entry: Seen) {
        if seen[path] != nil {
            problem(.duplicateEntry, "\(path) appears twice (again at offset \(entry.offset))", path: path, offset: entry.offset)
            damagedPaths[path] = ("duplicate entry", entry.offset)
            return
        }
        seen[path] = entry
    }

    /// Remembers an empty member carrying a footer locator met inside the stream.
    private func noteFooter(at offset: Int, length: Int) {
        guard length == BundleFooter.length, let bytes = try? file.read(at: offset, count: length),
              let found = try? BundleFooter.decode(bytes, fileSize: offset + length) else { return }
        if footer == nil || footerCandidate == nil { footerCandidate = (offset, found) }
    }
}
