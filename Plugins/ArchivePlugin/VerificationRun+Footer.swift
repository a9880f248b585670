import Conversion

extension VerificationRun {
    /// The footer at the end of `file` (or before zero padding) and the padding; else nil, with
    /// why the last bytes are a footer that cannot be read, when they are one by its fixed places
    /// (``BundleFooter/isFooter(_:)``), and nil when they look like none (a truncated bundle).
    static func locateFooter(in file: BundleFile) -> (footer: BundleFooter?, padding: Int, damage: String?) {
        do throws(GazetteError) {
            let (footer, padding) = try BundleFooter.locate(in: file)
            return (footer, padding, nil)
        } catch {
            let tail = (try? file.read(at: max(0, file.size - BundleFooter.length), count: BundleFooter.length)) ?? []
            guard BundleFooter.isFooter(tail) else { return (nil, 0, nil) }
            // The decoder's own reason, not the readers' wording of it.
            do throws(GazetteError) { _ = try BundleFooter.decode(tail, fileSize: file.size) } catch { return (nil, 0, BundleFooter.reason(error)) }
            return (nil, 0, nil)
        }
    }

    /// Where the footer member starts (or would): the end of the archive's members.
    var footerStart: Int { file.size - trailingPadding - BundleFooter.length }

    /// Reports padding after the footer, and a footer misplaced, damaged or missing, once the stream is read.
    func reportFooter() {
        if trailingPadding > 0 {
            problem(.footer, "\(trailingPadding) zero bytes follow the footer (padding added in transfer?); list, show and extract skip them",
                    offset: file.size - trailingPadding)
        }
        if footer == nil, let candidate = footerCandidate {
            footer = candidate.footer
            problem(.footer, "the footer is not at the end of the file: \(file.size - candidate.offset - BundleFooter.length) bytes follow it",
                    offset: candidate.offset + BundleFooter.length)
        } else if footer == nil, let footerDamage {
            problem(.footer, "the footer (the last \(BundleFooter.length) bytes) is damaged: \(footerDamage); list, show and extract cannot find the index without it",
                    offset: footerStart)
        } else if footer == nil {
            problem(.footer, "no footer: the bundle is truncated or was not written by gazette", offset: max(0, file.size - BundleFooter.length))
        }
    }

    /// Remembers an empty member carrying a footer locator met inside the stream.
    func noteFooter(at offset: Int, length: Int) {
        guard length == BundleFooter.length, let bytes = try? file.read(at: offset, count: length),
              let found = try? BundleFooter.decode(bytes, fileSize: offset + length) else { return }
        if footer == nil || footerCandidate == nil { footerCandidate = (offset, found) }
    }
}
