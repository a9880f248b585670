#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion
import Crypto

/// Extracts a bundle into a folder, trusting nothing: every entry must be a regular file named in
/// the index with a safe relative path, no larger than the index says, and its SHA-256 must match
/// before it is moved into place. Files go to a staging folder inside the target, renamed to the
/// bag's name only when every file has been checked.
public struct BundleExtractor: Sendable {
    /// What was extracted.
    public struct Summary: Sendable {
        /// The bag folder created.
        public var bag: FilePath
        /// Files written.
        public var files: Int
        /// Bytes written.
        public var bytes: Int
        /// Zero bytes found after the footer and skipped (``BundleReader/trailingPadding``).
        public var trailingPadding = 0
    }

    /// Creates an extractor.
    public init() {}

    /// Extracts `bundle` into `target`, creating `target/<bag name>`.
    public func extract(_ bundle: FilePath, into target: FilePath) throws(GazetteError) -> Summary {
        let name = bundle.description
        let plan = try ExtractionPlan(bundle: bundle)
        let bag = target.appending(Array(plan.bagName.utf8))
        var info = stat()
        if bag.withCString({ lstat($0, &info) }) == 0 {
            throw GazetteError(.outputFailed, "already exists: remove it, or extract into another folder", file: bag.description)
        }
        // The folders made for the target go again if extraction fails: on failure nothing is left behind.
        let made = try MadeFolders(making: target)
        let staging = target.appending(Array(".\(plan.bagName).partial-\(getpid())".utf8))
        let writer = StagedFiles(root: staging)
        do throws(GazetteError) {
            try writer.begin()
            let totals = try stream(bundle, name: name, plan: plan, writer: writer)
            try writer.publish(as: bag)
            made.keep()
            return Summary(bag: bag, files: totals.files, bytes: totals.bytes, trailingPadding: plan.reader.trailingPadding)
        } catch {
            writer.removeAll()
            made.removeIfEmpty()
            throw error
        }
    }

    /// Streams the bundle's entries into `writer`, each the next file `plan` lists (the index walked
    /// beside the entries, so nothing per file is held), checked before it is placed.
    private func stream(_ bundle: FilePath, name: String, plan: ExtractionPlan, writer: StagedFiles) throws(GazetteError) -> (files: Int, bytes: Int) {
        let file = try BundleFile(bundle)
        let reader = SequentialReader(file)
        let bagPrefix = plan.bagName + "/", largestMember = plan.largestMember, totalLimit = plan.totalLimit
        var expected = try plan.entries()
        // The file the next entry must be, and the path of the entry before it.
        var next = try expected.next()
        var previous: String?
        var done = 0
        var current: (expected: ExpectedEntries.Entry, output: ScratchFile, hasher: SHA256, size: Int)?
        var failure: GazetteError?
        var memberOffset = 0
        // The entry begun in the member being read, to name it when the member is unreadable.
        var memberEntry: String?
        var bytes = 0
        func refuse(_ code: GazetteError.Code, _ message: String, at offset: Int) -> GazetteError {
            GazetteError(code, message, file: name, byteOffset: offset)
        }
        let parser = TarStreamParser(handlers: .init(
            entry: { header, offset throws(TarHeader.ParseError) in
                let entryName = String(decoding: header.name, as: UTF8.self)
                do throws(GazetteError) {
                    if let why = EntryPolicy.refusal(header) { throw refuse(.unsafeEntry, "entry \(entryName) \(why)", at: offset) }
                    let path = entryName.hasPrefix(bagPrefix) ? BundleReader.bagRelative(entryName) : nil
                    guard let wanted = next, let path, path == wanted.path else {
                        // The next file's place in the order (every file before it is extracted), or the end.
                        let position = next == nil ? expected.count : expected.count - 1
                        throw refuse(.unsafeEntry, try plan.misplaced(entryName, previous: previous, expected: next, position: position), at: offset)
                    }
                    guard header.size == wanted.size else {
                        throw refuse(.unsafeEntry, "entry \(entryName) declares \(header.size) bytes but the index says \(wanted.size)", at: offset)
                    }
                    current = (wanted, try writer.scratch(), SHA256(), 0)
                    previous = path
                    memberEntry = path
                    next = try expected.next()
                } catch {
                    failure = error
                    throw TarHeader.ParseError(message: error.message)
                }
            },
            data: { piece in
                guard failure == nil, current != nil else { return }
                current!.size += piece.count
                current!.hasher.update(bufferPointer: piece)
                do throws(GazetteError) { try current!.output.append(piece) } catch { failure = error }
            },
            entryEnd: {
                guard failure == nil, let entry = current else { return }
                current = nil
                do throws(GazetteError) {
                    guard entry.size == entry.expected.size, let digest = entry.expected.sha256,
                          SHA256Bytes(hex: SHA256Hex.hex(entry.hasher.finalize())) == digest else {
                        throw refuse(.bundleDamaged, "\(entry.expected.path): SHA-256 does not match the index; not extracted", at: memberOffset)
                    }
                    try writer.place(entry.output, at: entry.expected.path)
                    done += 1
                    bytes += entry.size
                } catch { failure = error }
            }))
        let end = plan.reader.footerOffset
        while reader.position < end, !parser.ended {
            memberOffset = reader.position
            memberEntry = nil
            parser.memberOffset = memberOffset
            var inflated = 0
            let outcome = try MemberStream.read(reader, limit: largestMember, sink: { piece in
                inflated += piece.count
                guard inflated + bytes <= totalLimit else { failure = refuse(.unsafeEntry, "the bundle inflates past the sizes its index declares", at: memberOffset); return false }
                do throws(TarHeader.ParseError) { try parser.feed(piece) } catch {
                    if failure == nil { failure = refuse(.bundleDamaged, error.message, at: memberOffset) }
                    return false
                }
                return failure == nil
            })
            if let failure { throw failure }
            switch outcome {
            case .ok: continue
            case .overLimit: throw refuse(.unsafeEntry, "a member inflates past the largest size the index declares (a gzip bomb?)", at: memberOffset)
            default:
                let what = memberEntry.map { "\($0): unreadable gzip member" }
                    ?? "unreadable gzip member" + (next.map { " where \($0.path) was expected" } ?? "")
                throw refuse(.bundleDamaged, "\(what): \(outcome); run gazette archive verify", at: memberOffset)
            }
        }
        // An entry begun but not finished, and every file after it, are missing.
        if let first = current?.expected.path ?? next?.path {
            let missing = (current == nil ? 0 : 1) + (next == nil ? 0 : 1 + (try expected.remaining()))
            throw GazetteError(.bundleDamaged, "\(missing) indexed files are missing, e.g. \(first)", file: name)
        }
        return (done, bytes)
    }
}
