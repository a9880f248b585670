import Conversion

extension MemberDecoder {
    /// Inflates the member at `span` of `file` into an anonymous scratch file and returns it, read
    /// through a bounded buffer: the same checks as ``entry(_:limit:file:offset:)`` (one regular,
    /// safely named entry; CRC, length and `limit`), without the member or its data in memory.
    ///
    /// Why: verify decoded the index from memory before the stream, and the inflated index
    /// (~0.85 KB a document) was the largest thing it held that grows with the bundle.
    /// `expecting`: the bag-relative name the entry must have, when the caller knows it.
    static func spool(_ file: BundleFile, span: (offset: Int, length: Int), limit: Int, expecting: String? = nil) throws(GazetteError) -> ScratchFile {
        // Naming the member: a bit flip in a compressed index first shows as garbage tar bytes
        // ("tar padding is not zero"), which alone does not tell a user what is broken.
        func damaged(_ why: String) -> GazetteError {
            let what = expecting.map { "the \($0) member is damaged: \(why); run gazette archive verify" } ?? why
            return GazetteError(.bundleDamaged, what, file: file.path.description, byteOffset: span.offset)
        }
        let scratch = try ScratchFile.anonymous("index")
        var headers: [TarHeader] = []
        var writeError: GazetteError?
        let parser = TarStreamParser(handlers: .init(
            entry: { header, _ in headers.append(header) },
            data: { piece in
                guard writeError == nil else { return }
                do throws(GazetteError) { try scratch.append(piece) } catch { writeError = error }
            },
            entryEnd: {}))
        var tarError: TarHeader.ParseError?
        let reader = SequentialReader(file, from: span.offset, capacity: span.length + 64)
        let outcome = try MemberStream.read(reader, limit: limit) { piece in
            do throws(TarHeader.ParseError) { try parser.feed(piece); return writeError == nil } catch { tarError = error; return false }
        }
        if let writeError { throw writeError }
        if let tarError { throw damaged(tarError.message) }
        switch outcome {
        case .ok: break
        case .overLimit: throw GazetteError(.unsafeEntry, "member inflates past its declared size of \(limit) bytes (a gzip bomb?)", file: file.path.description, byteOffset: span.offset)
        default: throw damaged("the member does not read whole: \(outcome)")
        }
        guard reader.position == span.offset + span.length else { throw damaged("member length does not match its data") }
        guard headers.count == 1, parser.atBoundary else { throw damaged("member does not hold exactly one tar entry") }
        if let refusal = EntryPolicy.refusal(headers[0]) {
            throw GazetteError(.unsafeEntry, "entry \(String(decoding: headers[0].name, as: UTF8.self)) \(refusal)", file: file.path.description, byteOffset: span.offset)
        }
        let name = String(decoding: headers[0].name, as: UTF8.self)
        if let expecting, BundleReader.bagRelative(name) != expecting {
            throw damaged("expected \(expecting) but found \(name)")
        }
        try scratch.flush()
        return scratch
    }
}
