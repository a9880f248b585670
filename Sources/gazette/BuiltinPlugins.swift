import ArchivePlugin
import Conversion
import HTMLPlugin
import JSONPlugin
import PortalHTMLPlugin
import TextPlugin

/// The one list of built-in plugins. Order matters only as the last tie-breaker.
enum BuiltinPlugins {
    static let registry = FormatRegistry(
        readers: [
            PlainTextReader(),
            GBKTextReader(),
            Big5TextReader(),
            JSONReader(),
            PortalHTMLReader(),
        ],
        writers: [
            JSONWriter(),
            HTMLWriter(),
        ]
    )
}
