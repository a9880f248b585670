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
        let scratch = try ScratchFile.anonymous("index")
        _ = try stream(file, span: span, limit: limit, expecting: expecting) { piece throws(GazetteError) in try scratch.append(piece) }
        try scratch.flush()
        return scratch
    }

    /// Inflates the member at `span` of `file` through a bounded buffer, handing its one entry's
    /// data to `data` piece by piece, with the checks of ``entry(_:limit:file:offset:)``; returns
    /// the entry's name. An error thrown by `data` stops the inflation and is rethrown as is.
    ///
    /// The data is handed on before the CRC at the member's end is checked: a caller that must not
    /// pass on damaged bytes runs it twice, checking the first time (`show` of a large member).
    static func stream(_ file: BundleFile, span: (offset: Int, length: Int), limit: Int, expecting: String? = nil,
                       data: (UnsafeRawBufferPointer) throws(GazetteError) -> Void) throws(GazetteError) -> String {
        // The parser keeps its handlers, so they escape in type; `data` is only called in here.
        let outcome = withoutActuallyEscaping(data) { sink in
            Result { () throws(GazetteError) in try stream(file, span: span, limit: limit, expecting: expecting, escaping: sink) }
        }
        return try outcome.get()
    }

    private static func stream(_ file: BundleFile, span: (offset: Int, length: Int), limit: Int, expecting: String?,
                               escaping data: @escaping (UnsafeRawBufferPointer) throws(GazetteError) -> Void) throws(GazetteError) -> String {
        // Naming the member: a bit flip in a compressed index first shows as garbage tar bytes
        // ("tar padding is not zero"), which alone does not tell a user what is broken.
        func damaged(_ why: String) -> GazetteError {
            let what = expecting.map { "the \($0) member is damaged: \(why); run gazette archive verify" } ?? why
            return GazetteError(.bundleDamaged, what, file: file.path.description, byteOffset: span.offset)
        }
        var headers: [TarHeader] = []
        var writeError: GazetteError?
        let parser = TarStreamParser(handlers: .init(
            entry: { header, _ in headers.append(header) },
            data: { piece in
                guard writeError == nil else { return }
                do throws(GazetteError) { try data(piece) } catch { writeError = error }
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
        return name
    }
}
