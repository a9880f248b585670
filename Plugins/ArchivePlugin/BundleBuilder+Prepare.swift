#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Conversion
import DocumentModel

extension BundleBuilder {
    /// Reads, converts and compresses one input (runs on a worker thread).
    ///
    /// An input that can be read but not converted is still prepared, as an original-only
    /// document carrying the reason: nothing given to `build` is lost. Only an input that cannot be
    /// read at all (an I/O error) fails, and so does one too large for a bundle (``tooLarge(_:_:)``).
    func prepare(_ file: InputFile) throws(GazetteError) -> PreparedDocument {
        let name = file.path.description
        // Refused before it is read: a file of 4 GiB or more is not a report, nor held in memory.
        let size = Self.statSize(file.path)
        if let size, size > options.maximumMemberSize { throw tooLarge("it is", size) }
        if let size, size > options.streamingThreshold, let streamed = try prepareStreamed(file, size: size) { return streamed }
        let bytes = try FileIO.read(file.path)
        if bytes.count > options.maximumMemberSize { throw tooLarge("it is", bytes.count) }
        let sourceName = file.path.lastComponent
        let input = ReaderInput(bytes: bytes, name: sourceName)
        // Hashed here, not taken from provenance: a JSON input carries the provenance of another file.
        let sha256 = SHA256Hex.digest(bytes)
        let id = String(sha256.prefix(BundleFormat.idLength))
        var choice: FormatRegistry.Choice?
        var spoolError: GazetteError?
        let converted: Result<(Document, [(BundleMember.Role, [UInt8])], [PreparedDocument.Member]), GazetteError> = Result { () throws(GazetteError) in
            choice = try registry.reader(for: input.sample, file: name)
            let document = try registry.read(input, with: choice!, file: name)
            var contents: [(BundleMember.Role, [UInt8])] = [(.original, bytes)]
            var spooled: [PreparedDocument.Member] = []
            let year = options.year ?? document.metadata.year ?? Self.yearFromPath(file.path)
            for (role, writer) in [(BundleMember.Role.json, jsonWriter)] + (htmlWriter.map { [(.html, $0)] } ?? []) {
                let data = try writer.write(document)
                // A conversion no bundle member can hold is a conversion failure: the original is kept.
                if data.count > options.maximumMemberSize {
                    throw GazetteError(.unsupportedFormat, "its \(role.rawValue) would be \(data.count) bytes; a bundle member holds at most "
                                           + "\(options.maximumMemberSize) (Archive/FORMAT.md 2.5)")
                }
                guard data.count > options.streamingThreshold else { contents.append((role, data)); continue }
                // Compressed now and let go, so a large JSON is not held while the HTML is written.
                let path = BundleFormat.memberPath(role: role, id: id, originalExtension: "")
                do throws(GazetteError) {
                    spooled.append(try spooledMember(role, path: path, bundle: BundleFormat.bundleName(year: year), data: data, year: year))
                } catch {
                    spoolError = error
                    throw error
                }
            }
            return (document, contents, spooled)
        }
        // A scratch file that cannot be written is no conversion failure: the input is not archived.
        if let spoolError { throw spoolError.naming(name) }
        var record = Self.record(id: id, file: file)
        record.format = choice?.sniff.format.rawValue
        let contents: [(BundleMember.Role, [UInt8])]
        var members: [PreparedDocument.Member] = []
        var failure: GazetteError?
        var warnings: [Diagnostic] = []
        switch converted {
        case .success(let (document, written, spooledConversions)):
            members = spooledConversions
            // A JSON input carries its original's diagnostics: not warnings about this file.
            if choice?.madeProvenance(of: document) ?? false { warnings = document.provenance.diagnostics.filter { $0.severity >= .warning } }
            record.title = document.metadata.title
            record.agency = document.metadata.agency
            record.year = options.year ?? document.metadata.year ?? Self.yearFromPath(file.path)
            record.format = document.provenance.format
            record.encoding = document.provenance.encoding
            contents = written
        case .failure(let error):
            record.year = options.year ?? Self.yearFromPath(file.path)
            record.conversionError = Self.reason(error)
            failure = error.naming(name)
            contents = [(.original, bytes)]
        }
        let bundle = BundleFormat.bundleName(year: record.year)
        let originalExtension = BundleFormat.originalExtension(format: record.format ?? "")
        for (role, data) in contents {
            let path = BundleFormat.memberPath(role: role, id: id, originalExtension: originalExtension)
            if data.count > options.streamingThreshold {
                members.append(try spooledMember(role, path: path, bundle: bundle, data: data, year: record.year))
                continue
            }
            var entry = TarHeader.encodeFile(name: bundle + "/" + path, size: data.count, mtime: options.epoch)
            entry.reserveCapacity(entry.count + data.count + TarHeader.blockSize)
            entry += data
            entry += repeatElement(0, count: TarHeader.padding(data.count))
            let digest = role == .original ? sha256 : SHA256Hex.digest(data)
            let gzip = try GzipMember.compress(entry, level: options.level)
            // Within a few bytes a KB of the limit, the compressed member can pass it: refused.
            if gzip.count > options.maximumMemberSize { throw tooLarge("its \(role.rawValue) gzip member is", gzip.count) }
            members.append(.init(role: role, path: path, gzip: .bytes(gzip), size: data.count, sha256: digest))
        }
        members.sort { BundleFormat.payloadRoles.firstIndex(of: $0.role)! < BundleFormat.payloadRoles.firstIndex(of: $1.role)! }
        return PreparedDocument(record: record, sha256: sha256, bundleYear: record.year, members: members,
                                bytesIn: bytes.count, conversionFailure: failure, readerWarnings: warnings)
    }

    /// A large file's member, compressed by zlib into a scratch file as it is read from `data`:
    /// without the tar entry's copy of the data and the gzip member held beside it.
    private func spooledMember(_ role: BundleMember.Role, path: String, bundle: String, data: [UInt8], year: Int?) throws(GazetteError) -> PreparedDocument.Member {
        let spooler = try MemberSpooler(into: try scratch("member", year: year, naming: .unlinked),
                                        name: bundle + "/" + path, size: data.count, mtime: options.epoch, level: options.level)
        try spooler.feed(all: data)
        let digest = try spooler.finish()
        if spooler.file.size > options.maximumMemberSize { throw tooLarge("its \(role.rawValue) gzip member is", spooler.file.size) }
        return .init(role: role, path: path, gzip: .spooled(spooler.file), size: data.count, sha256: digest)
    }

    /// The index record of `file` as document `id`, named as the index names every input (its
    /// name for display, its exact bytes in hex when not UTF-8, its path below the folder given);
    /// what conversion finds is filled in after.
    static func record(id: String, file: InputFile) -> BundleDocument {
        let name = file.path.lastComponent
        return BundleDocument(
            id: id, title: nil, agency: nil, year: nil,
            originalName: name.display, originalNameHex: name.isValidUTF8 ? nil : name.hex,
            sourcePath: file.relativePath.display, format: nil, encoding: nil, aliases: [], members: [])
    }

    /// The error for an input no bundle can hold: a lookup record keeps sizes in 4 bytes.
    func tooLarge(_ what: String, _ size: Int) -> GazetteError {
        GazetteError(.unsupportedFormat, "\(what) \(size) bytes; a bundle holds files and members of at most "
                        + "\(options.maximumMemberSize) bytes (Archive/FORMAT.md 2.5); not archived")
    }

    /// The size `stat` gives for `path`, or nil (reading it then reports why).
    static func statSize(_ path: FilePath) -> Int? {
        var info = stat()
        return path.withCString { stat($0, &info) } == 0 ? Int(info.st_size) : nil
    }

    /// The one-line reason kept in the index: the error as reported, without the file name
    /// (the index names the file already), with the byte offset when there is one.
    static func reason(_ error: GazetteError) -> String {
        var copy = error
        copy.file = nil
        return copy.description
    }

    /// A year named by a folder on the input's path as given (`originals/2017/report.txt`), for
    /// collections filed by year; the folder nearest the file wins, so building `originals` or
    /// `originals/2017` files the report alike. Only 1980...2099 counts as a year.
    static func yearFromPath(_ path: FilePath) -> Int? {
        let components = path.bytes.split(separator: UInt8(ascii: "/")).dropLast()
        for component in components.reversed() where component.count == 4 && component.allSatisfy({ (0x30...0x39).contains($0) }) {
            if let year = Int(String(decoding: component, as: UTF8.self)), (1980...2099).contains(year) { return year }
        }
        return nil
    }
}
