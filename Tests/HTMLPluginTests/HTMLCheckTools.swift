import Foundation

/// The outside tools the HTML checks need; the suites that need them are skipped when absent.
enum HTMLCheckTools {
    /// A Python with html5lib (and selenium for the browser check), from `GAZETTE_HTML_PYTHON`.
    static let python: String? = ProcessInfo.processInfo.environment["GAZETTE_HTML_PYTHON"]

    /// Debian's chromium and chromium-driver, which check_html.py drives (never a downloaded driver).
    static let chromium: Bool = ["/usr/bin/chromium", "/usr/bin/chromedriver"]
        .allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
}
