import DocumentModel

extension FormatRegistry {
    /// Sniffs, picks the reader and reads one input; errors name `file`.
    public func read(
        _ input: ReaderInput, explicit: Format? = nil, options: ReadOptions = ReadOptions(), file: String
    ) throws(GazetteError) -> (document: Document, choice: Choice) {
        let choice = try reader(for: input.sample, explicit: explicit, file: file)
        return (try read(input, with: choice, options: options, file: file), choice)
    }

    /// Reads one input with a reader already chosen (so a caller knows the detected format even
    /// when reading then fails); errors name `file`.
    public func read(_ input: ReaderInput, with choice: Choice, options: ReadOptions = ReadOptions(), file: String) throws(GazetteError) -> Document {
        do {
            return try choice.reader.read(input, options: options)
        } catch {
            // Readers know only the input's name; the error names the file as the caller knows it.
            var located = error
            if located.file == input.name.description { located.file = file }
            throw located.naming(file)
        }
    }
}
