import Conversion
import DocumentModel

extension BundleBuilder {
    /// Reads, converts and compresses one input (runs on a worker thread).
    ///
    /// An input that can be read but not converted is still prepared, as an original-only
    /// document carrying the reason: nothing given to `build` is lost. Only an input that cannot be
    /// read at all (an I/O error) fails.
    func prepare(_ file: InputFile) throws(GazetteError) -> PreparedDocument {
        let name = file.path.description
        let bytes = try FileIO.read(file.path)
        let sourceName = file.path.lastComponent
        let input = ReaderInput(bytes: bytes, name: sourceName)
        // Hashed here, not taken from provenance: a JSON input carries the provenance of another file.
        let sha256 = SHA256Hex.digest(bytes)
        let id = String(sha256.prefix(BundleFormat.idLength))
        var choice: FormatRegistry.Choice?
        let converted: Result<(Document, [(BundleMember.Role, [UInt8])]), GazetteError> = Result { () throws(GazetteError) in
            choice = try registry.reader(for: input.sample, file: name)
            let document = try registry.read(input, with: choice!, file: name)
            var contents: [(BundleMember.Role, [UInt8])] = [(.original, bytes), (.json, try jsonWriter.write(document))]
            if let htmlWriter { contents.append((.html, try htmlWriter.write(document))) }
            return (document, contents)
        }
        var record = BundleDocument(
            id: id, title: nil, agency: nil, year: nil,
            originalName: sourceName.display, originalNameHex: sourceName.isValidUTF8 ? nil : sourceName.hex,
            sourcePath: file.relativePath.display, format: choice?.sniff.format.rawValue, encoding: nil, aliases: [], members: [])
        let contents: [(BundleMember.Role, [UInt8])]
        var failure: GazetteError?
        switch converted {
        case .success(let (document, written)):
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
        var members: [PreparedDocument.Member] = []
        for (role, data) in contents {
            let path = BundleFormat.memberPath(role: role, id: id, originalExtension: originalExtension)
            var entry = TarHeader.encodeFile(name: bundle + "/" + path, size: data.count, mtime: options.epoch)
            entry.reserveCapacity(entry.count + data.count + TarHeader.blockSize)
            entry += data
            entry += repeatElement(0, count: TarHeader.padding(data.count))
            let digest = role == .original ? sha256 : SHA256Hex.digest(data)
            members.append(.init(role: role, path: path, gzip: try GzipMember.compress(entry, level: options.level),
                                 size: data.count, sha256: digest))
        }
        return PreparedDocument(record: record, sha256: sha256, bundleYear: record.year, members: members,
                                bytesIn: bytes.count, conversionFailure: failure)
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
