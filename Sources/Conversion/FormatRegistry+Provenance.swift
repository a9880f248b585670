import DocumentModel

extension FormatRegistry.Choice {
    /// Whether the chosen reader made `document`'s provenance from this input. A reader that reads
    /// a document back (Gazette JSON) hands over the provenance of the document's own original: its
    /// encoding, evidence and diagnostics (with offsets in that original) say nothing of this file.
    public func madeProvenance(of document: Document) -> Bool {
        document.provenance.reader == reader.identity
    }
}
