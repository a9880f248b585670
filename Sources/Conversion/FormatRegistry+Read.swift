import DocumentModel

extension FormatRegistry {
    /// Sniffs, picks the reader and reads one input; errors name `file`.
    public func read(
        _ input: ReaderInput, explicit: Format? = nil, options: ReadOptions = ReadOptions(), file: String
    ) throws(GazetteError) -> (document: Document, choice: Choice) {
        let choice = try reader(for: input.sample, explicit: explicit, file: file)
        do {
            return (try choice.reader.read(input, options: options), choice)
        } catch {
            // Readers know only the input's name; the error names the file as the caller knows it.
            var located = error
            if located.file == input.name.display { located.file = file }
            throw located.naming(file)
        }
    }
}
