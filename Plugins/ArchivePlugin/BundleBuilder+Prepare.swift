import Conversion
import DocumentModel

extension BundleBuilder {
    /// Reads, converts and compresses one input (runs on a worker thread).
    func prepare(_ file: InputFile) throws(GazetteError) -> PreparedDocument {
        let name = file.path.description
        let bytes = try FileIO.read(file.path)
        let sourceName = file.path.lastComponent
        let document = try registry.read(ReaderInput(bytes: bytes, name: sourceName), file: name).document
        // Hashed here, not taken from provenance: a JSON input carries the provenance of another file.
        let sha256 = SHA256Hex.digest(bytes)
        let id = String(sha256.prefix(BundleFormat.idLength))
        let year = options.year ?? document.metadata.year ?? Self.yearFromPath(file.relativePath)
        let bundle = BundleFormat.bundleName(year: year)
        let originalExtension = BundleFormat.originalExtension(format: document.provenance.format)

        var contents: [(BundleMember.Role, [UInt8])] = [(.original, bytes), (.json, try jsonWriter.write(document))]
        if let htmlWriter { contents.append((.html, try htmlWriter.write(document))) }
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
        let record = BundleDocument(
            id: id, title: document.metadata.title, agency: document.metadata.agency, year: year,
            originalName: sourceName.display, originalNameHex: sourceName.isValidUTF8 ? nil : sourceName.hex,
            sourcePath: file.relativePath.description, format: document.provenance.format,
            encoding: document.provenance.encoding, aliases: [], members: [])
        return PreparedDocument(record: record, sha256: sha256, bundleYear: year, members: members,
                                bytesIn: bytes.count, warnings: document.provenance.diagnostics.count)
    }

    /// A year named by a folder on the input's relative path (`2017/report.txt`), for collections
    /// filed by year; the last such folder wins. Only 1980...2099 counts as a year.
    static func yearFromPath(_ path: FilePath) -> Int? {
        let components = path.bytes.split(separator: UInt8(ascii: "/")).dropLast()
        for component in components.reversed() where component.count == 4 && component.allSatisfy({ (0x30...0x39).contains($0) }) {
            if let year = Int(String(decoding: component, as: UTF8.self)), (1980...2099).contains(year) { return year }
        }
        return nil
    }
}
