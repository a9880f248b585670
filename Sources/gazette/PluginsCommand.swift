import ArgumentParser
import Conversion

/// `gazette plugins`: lists the built-in readers and writers with their formats.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins", abstract: "List the readers and writers with their formats.")

    func run() throws {
        let registry = BuiltinPlugins.registry
        Terminal.printOut("Readers:")
        for reader in registry.readers {
            let extensions = reader.fileExtensions.map { "." + $0 }.joined(separator: " ")
            Terminal.printOut("  \(reader.identity.description.padded(28)) \(reader.formats.map(\.rawValue).joined(separator: ",").padded(12)) \(extensions.padded(12)) \(reader.summary)")
        }
        Terminal.printOut("Writers:")
        for writer in registry.writers {
            Terminal.printOut("  \("\(writer.name) \(writer.version)".padded(28)) \(writer.format.rawValue.padded(12)) \(("." + writer.fileExtension).padded(12)) \(writer.summary)")
        }
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
