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
    }

    /// Creates an extractor.
    public init() {}

    /// Extracts `bundle` into `target`, creating `target/<bag name>`.
    public func extract(_ bundle: FilePath, into target: FilePath) throws(GazetteError) -> Summary {
        let name = bundle.description
        var expected = try ExtractionPlan(bundle: bundle)
        try FileIO.createDirectory(target)
        _ = target.withCString { mkdir($0, 0o755) }  // FileIO.createDirectory skips one-character names
        let bag = target.appending(Array(expected.bagName.utf8))
        var info = stat()
        if bag.withCString({ lstat($0, &info) }) == 0 {
            throw GazetteError(.outputFailed, "already exists; extract into an empty folder", file: bag.description)
        }
        let staging = target.appending(Array(".\(expected.bagName).partial-\(getpid())".utf8))
        let writer = StagedFiles(root: staging)
        do throws(GazetteError) {
            try writer.begin()
            let totals = try stream(bundle, name: name, plan: &expected, writer: writer)
            let renamed = staging.withCString { from in bag.withCString { to in rename(from, to) } }
            guard renamed == 0 else { throw GazetteError(.outputFailed, FileIO.errnoText(), file: bag.description) }
            return Summary(bag: bag, files: totals.files, bytes: totals.bytes)
        } catch {
            writer.removeAll()
            throw error
        }
    }

    private func stream(_ bundle: FilePath, name: String, plan: inout ExtractionPlan, writer: StagedFiles) throws(GazetteError) -> (files: Int, bytes: Int) {
        let file = try BundleFile(bundle)
        let reader = SequentialReader(file)
        // Taken out of the plan, not copied: the closures below mark files done as they are placed.
        var files = plan.files
        plan.files = [:]
        let bagPrefix = plan.bagName + "/", largestMember = plan.largestMember, totalLimit = plan.totalLimit
        var done = 0
        var current: (path: String, key: PackedPath, expected: ExtractionPlan.Expected, output: ScratchFile, hasher: SHA256, size: Int)?
        var failure: GazetteError?
        var memberOffset = 0
        var bytes = 0
        func refuse(_ code: GazetteError.Code, _ message: String, at offset: Int) -> GazetteError {
            GazetteError(code, message, file: name, byteOffset: offset)
        }
        let parser = TarStreamParser(handlers: .init(
            entry: { header, offset throws(TarHeader.ParseError) in
                let entryName = String(decoding: header.name, as: UTF8.self)
                do throws(GazetteError) {
                    if let why = EntryPolicy.refusal(header) { throw refuse(.unsafeEntry, "entry \(entryName) \(why)", at: offset) }
                    let path = BundleReader.bagRelative(entryName)
                    let key = path.map(PackedPath.init)
                    guard let path, let key, entryName.hasPrefix(bagPrefix), let expected = files[key]
                    else { throw refuse(.unsafeEntry, "entry \(entryName) is not listed in the bundle's index", at: offset) }
                    guard !expected.done, current?.path != path else { throw refuse(.unsafeEntry, "entry \(entryName) appears twice", at: offset) }
                    guard header.size == expected.size else {
                        throw refuse(.unsafeEntry, "entry \(entryName) declares \(header.size) bytes but the index says \(expected.size)", at: offset)
                    }
                    current = (path, key, expected, try writer.scratch(), SHA256(), 0)
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
                        throw refuse(.bundleDamaged, "\(entry.path): SHA-256 does not match the index; not extracted", at: memberOffset)
                    }
                    try writer.place(entry.output, at: entry.path)
                    files[entry.key]?.done = true
                    done += 1
                    bytes += entry.size
                } catch { failure = error }
            }))
        let end = file.size - BundleFooter.length
        while reader.position < end, !parser.ended {
            memberOffset = reader.position
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
            default: throw refuse(.bundleDamaged, "unreadable gzip member (\(outcome)); run gazette archive verify", at: memberOffset)
            }
        }
        let missing = files.filter { !$0.value.done }.keys.map(\.path)
        guard missing.isEmpty else {
            throw GazetteError(.bundleDamaged, "\(missing.count) indexed files are missing, e.g. \(missing.sorted()[0])", file: name)
        }
        return (done, bytes)
    }
}
